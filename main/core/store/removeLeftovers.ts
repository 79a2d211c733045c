import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** A project being created is renamed into place within a second; one this old was abandoned. */
export const STALE_CREATING_MS = 10 * 60 * 1000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes what a studio killed mid-way left beside `projectPath`, and nothing else: the `.tmp`
 * of a backup written before a migration (with its -journal, -wal or -shm), matched exactly by
 * the name writeBackup gives it, and, if older than STALE_CREATING_MS, the temporary file of a
 * project creation under this name. Backups' temporaries are only touched with `backups` set,
 * which the caller does while holding the project's lock, so no other studio is writing one.
 * Best effort: a file that cannot be removed stays, as before.
 */
export function removeLeftovers(projectPath: string, options: { backups: boolean }, now = Date.now()): string[] {
  const dir = dirname(projectPath);
  const file = basename(projectPath);
  const ext = extname(file);
  const stem = basename(file, ext);
  const sidecar = '(?:-journal|-wal|-shm)?';
  const backupTmp = new RegExp(`^${escape(stem)}\\.backup-v\\d+-\\d{8}-\\d{6}${escape(ext || '.cjstudio')}\\.tmp${sidecar}$`);
  const creating = new RegExp(`^\\.${escape(file)}\\.[0-9a-f]{12}\\.creating${sidecar}$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const isBackupTmp = options.backups && backupTmp.test(name);
    if (!isBackupTmp && !creating.test(name)) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile()) continue;
      if (!isBackupTmp && now - stat.mtimeMs < STALE_CREATING_MS) continue;
      rmSync(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
