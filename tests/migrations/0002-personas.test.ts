import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

describe('migration 0002 personas (from the v1 fixture)', () => {
  it('writes a backup of the v1 file through the backup API, then migrates and keeps the metadata', async () => {
    const dir = tempDir();
    const path = fixtureProject(1, dir, 'Old workshop.cjstudio');
    const studio = await startStudio();
    const info = await studio.ok('project.open', { path });
    expect(info.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(info.lang).toBe('pl');
    expect(info.createdAt).toBe('2026-10-01T09:00:00.000Z');
    await studio.ok('persona.create', { name: 'Nowa persona' });

    const backups = readdirSync(dir).filter((f) => f.startsWith('Old workshop.backup-v1-'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^Old workshop\.backup-v1-\d{8}-\d{6}\.cjstudio$/);
    const backup = new Database(join(dir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'personas'").pluck().get()).toBe(0);
    backup.close();
  });
});
