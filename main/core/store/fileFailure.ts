import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure, isAppFailure } from '../appFailure';
import { isDiskFull } from '../errorResult';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What an error met while opening or reading a project file means to the user: a typed refusal
 * instead of `internal`. SQLite's codes say whether the file is damaged, the disk full, or the
 * file or its folder cannot be written (a reader needs to write the -shm beside a file whose -wal
 * holds commits).
 */
export function fileFailure(e: unknown, path: string): unknown {
  if (isAppFailure(e)) return e;
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const details = (e instanceof Error ? e.message : String(e)).slice(0, 200);
  if (isDiskFull(code)) return new AppFailure('disk_full');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppFailure('file_locked', { holder: 'unknown' });
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    if (!writable(path) || !writable(dirname(path))) return new AppFailure('read_only', { path });
  }
  if (code.startsWith('SQLITE_')) return new AppFailure('file_corrupt', { details });
  return e;
}
