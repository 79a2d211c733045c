import Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';

/** An OS advisory lock on a file, held for as long as this object is: it dies with the process. */
export interface OsFileLock {
  /** Lets go of the lock; with `removeFile`, removes the lock file first so nothing is left behind. */
  release(removeFile: boolean): void;
}

export type OsLockAttempt =
  | { kind: 'held'; lock: OsFileLock }
  /** A live connection, in this process or another, holds the lock now. */
  | { kind: 'busy' }
  /** The file system gives no lock here (or the file is not ours): liveness cannot be proven. */
  | { kind: 'unavailable'; reason: string };

const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const ATTEMPTS = 5;
/**
 * SQLite retries a busy lock for this long. A killed process lets go of its files only once all
 * its threads are torn down, a few milliseconds after it is seen to have exited: a restart right
 * after a crash must not be told the project is held.
 */
const BUSY_WAIT_MS = 250;

/** Which file a path names now, without opening it (on POSIX, closing any descriptor of a file drops every fcntl lock this process has on it). */
function identity(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

const errorCode = (e: unknown) => String((e as { code?: unknown }).code ?? (e as Error).name);

function heldLock(db: Database.Database, path: string): OsFileLock {
  let released = false;
  return {
    release(removeFile) {
      if (released) return;
      released = true;
      if (process.platform === 'win32') {
        // Windows refuses to remove a file someone has open, which keeps a waiter from locking a removed file.
        db.close();
        if (removeFile) tryRemove(path);
      } else {
        // Removed while still held: whoever opened the old file meanwhile sees it gone once it wins, and looks again.
        if (removeFile) tryRemove(path);
        db.close();
      }
    },
  };
}

function tryRemove(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left in place: an empty lock file is harmless and the next holder reuses it.
  }
}

/**
 * Node has no flock(), but SQLite takes real OS locks (fcntl on POSIX, LockFileEx on Windows) and
 * tracks them across connections of one process too. An EXCLUSIVE transaction left open on a small
 * database holds the write lock until the connection closes or the process dies, whatever its PID.
 */
export function tryOsFileLock(path: string, nativeBinding?: string): OsLockAttempt {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let before: string | null;
    let db: Database.Database;
    try {
      before = identity(path);
      db = new Database(path, { timeout: BUSY_WAIT_MS, ...(nativeBinding ? { nativeBinding } : {}) });
    } catch (e) {
      return { kind: 'unavailable', reason: errorCode(e) };
    }
    try {
      // MEMORY journal: holding the lock never leaves a -journal file beside the project.
      db.pragma('journal_mode = MEMORY');
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
    } catch (e) {
      db.close();
      const code = errorCode(e);
      return BUSY_CODES.has(code) ? { kind: 'busy' } : { kind: 'unavailable', reason: code };
    }
    let after: string | null = null;
    try {
      after = identity(path);
    } catch {
      // Treated as a file that changed: look again.
    }
    // The lock counts only on the file the path still names; a file just made, or since removed, is looked at again.
    if (before !== null && after === before) return { kind: 'held', lock: heldLock(db, path) };
    db.close();
  }
  return { kind: 'busy' };
}
