import { closeSync, fsyncSync, linkSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../appFailure';
import { fsyncDir } from '../writeFileAtomic';

/**
 * Puts a finished file at `out` in one step: synced to the disk, then linked into place (which,
 * unlike a rename, refuses to replace a file that appeared there meanwhile), then its temporary
 * name removed. `out` is either absent or whole, never a half-written file.
 */
export function publishFile(partial: string, out: string): void {
  const fd = openSync(partial, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(partial, out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppFailure('file_exists', { path: out });
    if (code === 'ENOENT') throw new AppFailure('file_missing', { path: dirname(out) });
    throw e;
  }
  rmSync(partial, { force: true });
  fsyncDir(dirname(out));
}
