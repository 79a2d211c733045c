import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileHeader } from '../../main/core/store/fileHeader';
import { applyMigrations } from '../../main/core/store/migrateProject';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { fillDisk, mountTmpfs, type FaultyDisk } from '../crash/faultyDisk';
import { fixtureProject } from '../migrations/support/fixtureProject';
import { notesOf } from './support/notesFixture';
import { startStudio, tempDir } from './support/tempStudio';

const disks: FaultyDisk[] = [];
afterEach(() => {
  while (disks.length) disks.pop()!.unmount();
});

describe('a project caught by a crash or a full disk opens again', () => {
  it('a migration committed to the -wal but not yet to the file is read as the version it is', async () => {
    const dir = tempDir();
    const source = fixtureProject(4, dir);
    // A studio that migrated the file and was killed before any checkpoint: the file's header still
    // says 4, its -wal holds version 5. A copy of both is what the next start finds.
    const db = new Database(source);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    applyMigrations(db);
    const copy = join(dir, 'after-crash.cjstudio');
    copyFileSync(source, copy);
    copyFileSync(`${source}-wal`, `${copy}-wal`);
    db.close();
    expect(readFileHeader(copy).userVersion).toBe(4);

    const studio = await startStudio();
    const checked = await studio.ok('project.check', { path: copy });
    expect(checked).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, problems: [] });
    const opened = await studio.ok('project.open', { path: copy });
    expect(opened.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opening an older project folds its migration into the file at once', async () => {
    const dir = tempDir();
    const path = fixtureProject(3, dir);
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    expect(readFileHeader(path).userVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('closing on a full disk lets the project go, and it opens again once there is room', async () => {
    const disk = mountTmpfs(join(tempDir('close-full-'), 'disk'), 2 * 1024 * 1024);
    disks.push(disk);
    const studio = await startStudio();
    const path = join(disk.dir, 'Pełny.cjstudio');
    await studio.ok('project.create', { path });
    const persona = await studio.ok('persona.create', { name: 'Zofia' });
    // Enough in the -wal that folding it into the file needs room the disk no longer has.
    const interview = await studio.ok('interview.create', { title: 'Rozmowa' });
    await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(...Array.from({ length: 100 }, (_, i) => [`słowo ${i} `.repeat(40)])), baseVersion: 0 });
    const filler = fillDisk(disk.dir);

    await studio.call('project.close', {});
    expect(await studio.ok('project.current', {})).toBeNull();
    const nothingOpen = await studio.call('persona.list', {});
    expect(nothingOpen.ok || nothingOpen.error.code).toBe('no_project');

    rmSync(filler);
    await studio.ok('project.open', { path });
    expect((await studio.ok('persona.list', {})).map((p) => p.id)).toEqual([persona.id]);
  });
});
