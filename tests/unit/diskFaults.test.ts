import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { errorFromThrown } from '../../main/core/errorResult';
import { fillDisk, mountExt4, mountTmpfs, type FaultyDisk } from '../crash/faultyDisk';
import { notesOf } from './support/notesFixture';
import { startStudio, tempDir, type TestStudio } from './support/tempStudio';

const disks: FaultyDisk[] = [];
afterEach(() => {
  while (disks.length) disks.pop()!.unmount();
});

function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

async function projectWithWork(studio: TestStudio, path: string) {
  await studio.ok('project.create', { path });
  const persona = await studio.ok('persona.create', { name: 'Zofia' });
  const interview = await studio.ok('interview.create', { title: 'Rozmowa' });
  const saved = await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Pierwsza wersja notatek.']), baseVersion: 0 });
  return { persona, interview, version: saved.notesVersion };
}

/** A note big enough that it cannot fit in what is left of a full disk. */
const bigNote = (word: string) => notesOf(...Array.from({ length: 200 }, (_, i) => [`${word} ${i} `.repeat(40)]));

describe('a disk that fills up (tmpfs, real mount)', () => {
  it('refuses the save with disk_full, keeps the studio and earlier work, and saves once there is room', async () => {
    const root = tempDir('disk-full-');
    const disk = mountTmpfs(join(root, 'disk'), 3 * 1024 * 1024);
    disks.push(disk);
    const studio = await startStudio({ lang: 'pl' });
    const path = join(disk.dir, 'Pełny.cjstudio');
    const { persona, interview, version } = await projectWithWork(studio, path);

    const filler = fillDisk(disk.dir);
    const refused = await studio.call('interview.saveNotes', { id: interview.id, notes: bigNote('brak miejsca'), baseVersion: version });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('disk_full');
    expect(refused.error.message).toBe(translate('pl', 'error.disk_full'));

    // The writer thread is alive and answers; nothing committed before is gone or changed.
    expect((await studio.ok('persona.list', {})).map((p) => p.id)).toEqual([persona.id]);
    const still = await studio.ok('interview.get', { id: interview.id });
    expect(still.notesVersion).toBe(version);
    expect(still.notesText).toContain('Pierwsza wersja');
    const again = await studio.call('interview.saveNotes', { id: interview.id, notes: bigNote('dalej pełno'), baseVersion: version });
    expect(again.ok ? 'ok' : again.error.code).toBe('disk_full');

    rmSync(filler);
    const saved = await studio.ok('interview.saveNotes', { id: interview.id, notes: bigNote('jest miejsce'), baseVersion: version });
    expect(saved.notesVersion).toBe(version + 1);
    await studio.ok('persona.create', { name: 'Po zwolnieniu miejsca' });

    // What was saved after the fault survives a restart, in a sound file.
    await studio.restart();
    await studio.ok('project.open', { path });
    expect((await studio.ok('interview.get', { id: interview.id })).notesText).toContain('jest miejsce');
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Zofia', 'Po zwolnieniu miejsca']);
    await studio.dispatcher.close();
    expect(integrity(path)).toBe('ok');
  });

  it('answers disk_full for a new project on a full disk, leaving no half-made file', async () => {
    const root = tempDir('disk-full-create-');
    const disk = mountTmpfs(join(root, 'disk'), 1024 * 1024);
    disks.push(disk);
    const studio = await startStudio();
    fillDisk(disk.dir);
    const r = await studio.call('project.create', { path: join(disk.dir, 'Nowy.cjstudio') });
    expect(r.ok ? 'ok' : r.error.code).toBe('disk_full');
    expect(await studio.ok('project.current', {})).toBeNull();
    expect(readdirSync(disk.dir)).toEqual(['filler.bin']);
  });

  it('the command line says the disk is full, in Polish, with no trace', () => {
    const cli = join(process.cwd(), 'out/main/cli.js');
    if (!existsSync(cli)) throw new Error('out/main/cli.js is missing: run `npm run build` first');
    const root = tempDir('disk-full-cli-');
    const disk = mountTmpfs(join(root, 'disk'), 1024 * 1024);
    disks.push(disk);
    fillDisk(disk.dir);
    const r = spawnSync(process.execPath, [cli, 'new', join(disk.dir, 'Projekt.cjstudio'), '--lang', 'pl'], {
      encoding: 'utf8',
      env: { ...process.env, JOURNEY_STUDIO_HOME: join(root, 'home'), LANG: 'pl_PL.UTF-8', LC_ALL: '' },
      timeout: 30_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe(`journey-studio: ${translate('pl', 'error.disk_full')}`);
    expect(readdirSync(disk.dir)).toEqual(['filler.bin']);
  });
});

describe('a file system that turns read-only under the open project (ext4 image, real mount)', () => {
  it('refuses writes with read_only, still reads, and loses nothing committed before', async () => {
    const root = tempDir('read-only-');
    const disk = mountExt4(join(root, 'disk'), join(root, 'disk.img'), 16 * 1024 * 1024);
    disks.push(disk);
    const studio = await startStudio();
    const path = join(disk.dir, 'Project.cjstudio');
    const { persona, interview, version } = await projectWithWork(studio, path);

    disk.turnReadOnly();
    const refused = await studio.call('persona.create', { name: 'Never stored' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('read_only');
    expect(refused.error.message).toBe(translate('en', 'error.read_only', { path: 'This project' }));
    const notes = await studio.call('interview.saveNotes', { id: interview.id, notes: notesOf(['Lost words']), baseVersion: version });
    expect(notes.ok ? 'ok' : notes.error.code).toBe('read_only');

    // The studio goes on answering from what is there.
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Zofia']);
    expect((await studio.ok('interview.get', { id: interview.id })).notesVersion).toBe(version);

    await studio.dispatcher.close();
    disk.unmount();
    const again = disk.remountAt(join(root, 'again'));
    disks.push(again);
    const copy = join(again.dir, 'Project.cjstudio');
    expect(integrity(copy)).toBe('ok');
    const reader = await startStudio();
    await reader.ok('project.open', { path: copy });
    expect((await reader.ok('persona.list', {})).map((p) => p.id)).toEqual([persona.id]);
    const kept = await reader.ok('interview.get', { id: interview.id });
    expect(kept.notesVersion).toBe(version);
    expect(kept.notesText).toContain('Pierwsza wersja');
    await reader.dispatcher.close();
  });
});

describe('SQLite and Node write refusals map to typed errors (fault injection, no mount)', () => {
  const silent = () => {};
  it('a real SQLITE_FULL from a capped page count is disk_full', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v TEXT)');
    db.pragma('max_page_count = 3');
    let thrown: unknown;
    try {
      for (let i = 0; i < 100; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(2000));
    } catch (e) {
      thrown = e;
    }
    db.close();
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    expect(errorFromThrown('pl', thrown, silent)).toMatchObject({ code: 'disk_full', message: translate('pl', 'error.disk_full') });
  });

  it('a real SQLITE_READONLY is read_only, worded in Polish', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v TEXT)');
    db.pragma('query_only = 1');
    let thrown: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (1)').run();
    } catch (e) {
      thrown = e;
    }
    db.close();
    expect((thrown as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    const error = errorFromThrown('pl', thrown, silent);
    expect(error.code).toBe('read_only');
    expect(error.message).toBe('Nie można zapisać tego projektu (plik lub folder tylko do odczytu). Skopiuj go w miejsce z prawem zapisu i otwórz kopię.');
  });

  it.each([
    ['ENOSPC', 'disk_full'],
    ['EROFS', 'read_only'],
    ['EACCES', 'read_only'],
    ['SQLITE_IOERR_WRITE', 'read_only'],
    ['SQLITE_IOERR_FSYNC', 'read_only'],
    ['SQLITE_CANTOPEN', 'read_only'],
    ['SQLITE_IOERR_READ', 'internal'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'internal'],
  ])('%s is %s', (code, expected) => {
    expect(errorFromThrown('en', Object.assign(new Error('refused'), { code }), silent).code).toBe(expected);
  });
});
