import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../appFailure';
import { describeHolder, isAlive, type LockHolder, myHolder, readHolder, removeHolderIfMine, writeHolder } from './lockHolder';
import { tryOsFileLock } from './osFileLock';

export interface ProjectLock {
  release(): void;
}

export interface LockOptions {
  /** better-sqlite3 built for Electron's ABI; the desktop shell also names it in the environment. */
  nativeBinding?: string | undefined;
}

/** JSON naming the holder: the same file and fields earlier versions wrote, so either version reads the other's. */
export const holderPathOf = (projectPath: string) => `${projectPath}.lock`;
/** The small SQLite database whose OS lock says a studio has the project open. */
export const osLockPathOf = (projectPath: string) => `${projectPath}.lock.db`;

const bindingOf = (options: LockOptions) => options.nativeBinding ?? (process.env.JOURNEY_STUDIO_NATIVE_BINDING || undefined);

/** `path` and `canTakeOver` let a client offer project.takeOver for exactly this file. */
function locked(projectPath: string, holder: LockHolder | null, canTakeOver: boolean): AppFailure {
  return new AppFailure('file_locked', { holder: describeHolder(holder), canTakeOver: canTakeOver ? 'yes' : 'no', path: projectPath });
}

/** A folder the lock cannot be written in is a read-only place for the project too. */
function asFileFailure(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? new AppFailure('read_only', { path: dirname(path) }) : e;
}

/**
 * One writer per project across processes and machines.
 *
 * On this machine the OS lock decides: a studio holds it for as long as it has the project open and
 * loses it when its process ends in any way, so a crash, a reused PID or a zombie never blocks, and
 * a live holder always does. A record naming another machine cannot be checked from here (a shared
 * drive may not carry locks between machines): the refusal then offers to take the project over.
 */
export function acquireProjectLock(projectPath: string, options: LockOptions = {}): ProjectLock {
  const holderPath = holderPathOf(projectPath);
  const attempt = tryOsFileLock(osLockPathOf(projectPath), bindingOf(options));
  if (attempt.kind === 'busy') throw locked(projectPath, readHolder(holderPath), false);
  if (attempt.kind === 'unavailable') return acquireByRecordOnly(projectPath);

  const mine = myHolder();
  try {
    const previous = readHolder(holderPath);
    if (previous && previous.host !== mine.host) throw locked(projectPath, previous, true);
    // Any record from this machine without a live OS lock was left by a studio that is gone.
    writeHolder(holderPath, mine);
  } catch (e) {
    attempt.lock.release(true);
    throw asFileFailure(e, holderPath);
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        removeHolderIfMine(holderPath, mine);
      } finally {
        attempt.lock.release(true);
      }
    },
  };
}

/** A record from this machine is stale when its boot is over or its process has ended. */
function provablyStale(holder: LockHolder | null, mine: LockHolder): boolean {
  if (holder === null) return true;
  if (holder.host !== mine.host) return false;
  if (holder.bootId && mine.bootId && holder.bootId !== mine.bootId) return true;
  return !isAlive(holder.pid);
}

/** Where the file system gives no OS lock, the record alone is the lock, made with O_EXCL as before. */
function acquireByRecordOnly(projectPath: string): ProjectLock {
  const holderPath = holderPathOf(projectPath);
  const mine = myHolder();
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(holderPath, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw asFileFailure(e, holderPath);
      const holder = readHolder(holderPath);
      if (attempt > 0 || !provablyStale(holder, mine)) throw locked(projectPath, holder, true);
      rmSync(holderPath, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(mine));
    } finally {
      closeSync(fd);
    }
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        removeHolderIfMine(holderPath, mine);
      },
    };
  }
  throw locked(projectPath, null, true);
}

/**
 * Taking a project over: allowed only when no studio holds the OS lock (on this machine, or on
 * another one over a file system that carries locks); then the stale record goes and the next open
 * takes the project as usual.
 */
export function breakProjectLock(projectPath: string, options: LockOptions = {}): void {
  const holderPath = holderPathOf(projectPath);
  const osPath = osLockPathOf(projectPath);
  const attempt = tryOsFileLock(osPath, bindingOf(options));
  if (attempt.kind === 'busy') throw locked(projectPath, readHolder(holderPath), false);
  try {
    rmSync(holderPath, { force: true });
  } catch (e) {
    throw asFileFailure(e, holderPath);
  } finally {
    if (attempt.kind === 'held') attempt.lock.release(true);
    // Unlockable (a file that is not a lock database, or no locks here): nobody can hold it, so it may go.
    else {
      try {
        rmSync(osPath, { force: true });
      } catch {
        // It stays; the record was what blocked and it is gone.
      }
    }
  }
}
