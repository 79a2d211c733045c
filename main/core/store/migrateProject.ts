import type { Database } from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fsyncDir } from '../writeFileAtomic';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION, migrations } from './migrations';
import { openDatabase } from './openDatabase';

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** Name of the copy written before migrating, next to the project: "Name.backup-v1-20261124-143000.cjstudio". */
export function backupPathFor(projectPath: string, fromVersion: number, now = new Date()): string {
  const ext = extname(projectPath);
  return join(dirname(projectPath), `${basename(projectPath, ext)}.backup-v${fromVersion}-${stamp(now)}${ext || '.cjstudio'}`);
}

/** Runs migrations newer than the file's version in ONE transaction; returns the version reached. */
export function applyMigrations(db: Database): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from >= CURRENT_SCHEMA_VERSION) return from;
  db.transaction(() => {
    for (const m of migrations) if (m.version > from) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION}`);
  }).immediate();
  return CURRENT_SCHEMA_VERSION;
}

/**
 * A consistent copy through SQLite's backup API (never a raw copy of a live file), written under
 * a temporary name and renamed, and switched out of WAL so the backup is one self-contained file.
 */
export async function writeBackup(db: Database, dest: string, nativeBinding?: string): Promise<void> {
  const tmp = `${dest}.tmp`;
  const removeTmp = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  };
  removeTmp();
  try {
    await db.backup(tmp);
    const copy = openDatabase(tmp, { nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(tmp, dest);
    fsyncDir(dirname(dest));
  } catch (e) {
    removeTmp();
    throw e;
  }
}

export async function migrateWithBackup(
  db: Database,
  projectPath: string,
  nativeBinding?: string,
): Promise<{ from: number; to: number; backupPath: string | null }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from >= CURRENT_SCHEMA_VERSION) return { from, to: from, backupPath: null };
  const backupPath = backupPathFor(projectPath, from);
  await writeBackup(db, backupPath, nativeBinding);
  try {
    return { from, to: applyMigrations(db), backupPath };
  } catch (e) {
    // The migration's transaction rolled back, so the file is as the backup has it: keeping the
    // copy would leave one more backup per attempt, each open writing another.
    rmSync(backupPath, { force: true });
    throw e;
  }
}
