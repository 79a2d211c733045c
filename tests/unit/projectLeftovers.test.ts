import Database from 'better-sqlite3';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathFor, migrateWithBackup } from '../../main/core/store/migrateProject';
import { openDatabase } from '../../main/core/store/openDatabase';
import { listing, savedProject, sqlite3 } from './support/projectFiles';
import { startStudio, tempDir } from './support/tempStudio';

const hourAgo = () => new Date(Date.now() - 60 * 60 * 1000);

describe('leftovers of a studio killed mid-way', () => {
  it('removes a backup .tmp and its -journal, and a stale .creating, on the next open; nothing else', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    // What a kill during writeBackup leaves: the backup API's copy under .tmp, and its rollback journal.
    const tmp = `${backupPathFor(path, 4, new Date('2026-11-24T14:30:00Z'))}.tmp`;
    const source = new Database(path);
    await source.backup(tmp);
    source.close();
    writeFileSync(`${tmp}-journal`, Buffer.alloc(512, 1));
    const staleCreating = join(dir, '.victim.cjstudio.0123456789ab.creating');
    writeFileSync(staleCreating, 'half made');
    utimesSync(staleCreating, hourAgo(), hourAgo());
    const bystanders = [
      join(dir, 'victim.backup-v4-20261124-143000.cjstudio'),
      join(dir, 'Other.backup-v4-20261124-143000.cjstudio.tmp'),
      join(dir, 'victim.cjstudio.tmp'),
      join(dir, 'victim.backup-v4-2026-143000.cjstudio.tmp'),
      join(dir, '.victim.cjstudio.abcdefabcdef.creating'),
      join(dir, '.other.cjstudio.0123456789ab.creating'),
    ];
    for (const b of bystanders) writeFileSync(b, 'keep');
    utimesSync(join(dir, '.other.cjstudio.0123456789ab.creating'), hourAgo(), hourAgo());
    mkdirSync(join(dir, 'victim.backup-v3-20261124-143000.cjstudio.tmp'));
    const expected = listing(dir).filter((f) => ![tmp, `${tmp}-journal`, staleCreating].some((p) => p.endsWith(`/${f}`)));

    const studio = await startStudio({ dir: tempDir() });
    await studio.ok('project.open', { path });
    await studio.ok('project.close', {});
    expect({ left: listing(dir), dir }).toEqual({ left: expected, dir });
  });

  it('removes a stale .creating of the same name when that project is created', async () => {
    const dir = tempDir();
    const stale = join(dir, '.new.cjstudio.0123456789ab.creating-journal');
    writeFileSync(stale, 'x');
    utimesSync(stale, hourAgo(), hourAgo());
    const studio = await startStudio({ dir: tempDir() });
    await studio.ok('project.create', { path: join(dir, 'new.cjstudio') });
    await studio.ok('project.close', {});
    expect(listing(dir)).toEqual(['new.cjstudio']);
  });
});

describe('backups before a migration', () => {
  it('leave no backup behind when the migration fails, however often it is tried', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    // A v5 schema labelled v4: migration 5's index already exists, so the migration fails after the backup.
    sqlite3(path, 'PRAGMA user_version = 4;');
    for (let i = 0; i < 2; i++) {
      const db = openDatabase(path);
      try {
        await expect(migrateWithBackup(db, path)).rejects.toThrow(/already exists/);
      } finally {
        db.close();
      }
    }
    expect(listing(dir)).toEqual(['victim.cjstudio']);
  });
});
