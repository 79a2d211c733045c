import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { z } from 'zod';
import { AppFailure } from '../appFailure';

const LockInfo = z.object({ pid: z.number().int(), host: z.string(), user: z.string(), since: z.string() });
type LockInfo = z.infer<typeof LockInfo>;

export interface ProjectLock {
  release(): void;
}

const lockPathOf = (projectPath: string) => `${projectPath}.lock`;

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    return LockInfo.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * One writer per project across processes: a lock file made with O_EXCL beside the project.
 * A lock left by a crashed studio on this machine is taken over; one held by a live process,
 * or by another machine on a shared drive, is reported with who holds it.
 */
export function acquireProjectLock(projectPath: string): ProjectLock {
  const path = lockPathOf(projectPath);
  const mine: LockInfo = { pid: process.pid, host: hostname(), user: safeUser(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      return {
        release() {
          const current = readLock(path);
          if (current && current.pid === mine.pid && current.since === mine.since) rmSync(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(path);
      const stale = holder === null || (holder.host === mine.host && !isAlive(holder.pid));
      if (!stale || attempt > 0) {
        throw new AppFailure('file_locked', {
          holder: holder ? `${holder.user}@${holder.host}, pid ${holder.pid}, since ${holder.since}` : 'unknown',
        });
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppFailure('file_locked', { holder: 'unknown' });
}
