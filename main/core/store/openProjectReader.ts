import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { hardenConnection, openDatabase } from './openDatabase';

/** Above this a file is read in place rather than copied into memory. */
export const IN_MEMORY_LIMIT = 1024 * 1024 * 1024;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * A read-only connection that creates nothing beside the file. A read-only open of a WAL-mode
 * file in place leaves -shm and -wal files behind and fails in a folder the user cannot write;
 * SQLite's `immutable=1` URI would avoid both, but better-sqlite3 is built with URIs off (only
 * an environment variable read once per process turns them on). So when there is no -wal, the
 * file is read into memory and opened from there (the copy's header is switched out of WAL
 * mode, which an in-memory database cannot use). When a -wal is beside it (the project is open
 * elsewhere, or a studio crashed), its commits must be read, so the file is opened read-only in
 * place.
 */
export function openProjectReader(path: string, nativeBinding?: string): Database.Database {
  const size = sizeOf(path);
  // A -wal, even an empty one, means a studio may have the file open: SQLite's own read-only
  // connection shares its locks, where reading the file through a descriptor of our own and
  // closing it would drop this process's POSIX locks on it.
  if (existsSync(`${path}-wal`) || size > IN_MEMORY_LIMIT) return openDatabase(path, { readonly: true, nativeBinding });
  const bytes = readFileSync(path);
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const db = new Database(bytes, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  hardenConnection(db);
  return db;
}
