import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from './support/tempStudio';

describe('project files through dispatch', () => {
  it('creates a WAL-mode SQLite file with the studio id, foreign keys on, and a clean integrity check', async () => {
    const studio = await startStudio();
    const info = await studio.ok('project.create', { path: 'Workshop' });
    expect(info.path).toBe(join(studio.dir, 'projects', 'Workshop.cjstudio'));
    expect(info.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(info.counts).toEqual({ personas: 0, interviews: 0, maps: 0 });

    const outside = new Database(info.path, { readonly: true });
    expect(outside.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(outside.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(outside.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(outside.pragma('integrity_check', { simple: true })).toBe('ok');
    outside.close();

    await studio.ok('project.close', {});
    expect(await studio.ok('project.current', {})).toBeNull();
    expect(existsSync(`${info.path}.lock`)).toBe(false);
  });

  it('keeps personas, their order and renames across a restart of the core', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: join(studio.dir, 'a.cjstudio') });
    const ada = await studio.ok('persona.create', { name: 'Ada' });
    const bo = await studio.ok('persona.create', { name: 'Bo' });
    const cy = await studio.ok('persona.create', { name: 'Cy' });
    await studio.ok('persona.rename', { id: bo.id, name: 'Bożena' });
    await studio.ok('persona.reorder', { ids: [cy.id, ada.id, bo.id] });
    await studio.ok('persona.delete', { id: ada.id });

    await studio.restart();
    expect(await studio.ok('project.current', {})).toBeNull();
    await studio.ok('project.open', { path });
    const names = (await studio.ok('persona.list', {})).map((p) => [p.name, p.position]);
    expect(names).toEqual([
      ['Cy', 0],
      ['Bożena', 1],
    ]);
  });

  it('restores a deleted persona at the place it had (undo of delete)', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'p' });
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await studio.ok('persona.create', { name })).id);
    await studio.ok('persona.delete', { id: ids[1] });
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['A', 'C']);
    await studio.ok('persona.restore', { id: ids[1] });
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['A', 'B', 'C']);
    const again = await studio.call('persona.restore', { id: ids[1] });
    expect(again.ok || again.error.code).toBe('not_found');
  });

  it('refuses a reorder that does not name every persona exactly once', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'p' });
    const a = await studio.ok('persona.create', { name: 'A' });
    await studio.ok('persona.create', { name: 'B' });
    const r = await studio.call('persona.reorder', { ids: [a.id] });
    expect(r.ok || r.error.code).toBe('conflict');
    const dup = await studio.call('persona.reorder', { ids: [a.id, a.id] });
    expect(dup.ok || dup.error.code).toBe('invalid_input');
  });

  it('answers no_project for project operations before a project is open', async () => {
    const studio = await startStudio();
    const r = await studio.call('persona.list', {});
    expect(r.ok || r.error.code).toBe('no_project');
  });

  it('creates the sample project in the chosen language: personas, a tagged interview, a map citing it', async () => {
    const studio = await startStudio({ lang: 'pl' });
    const info = await studio.ok('project.openSample', {});
    expect(info.name).toBe('Przykład - zakup samochodu');
    expect(info.lang).toBe('pl');
    expect(info.counts).toEqual({ personas: 2, interviews: 1, maps: 1 });
    const highlights = await studio.ok('highlight.list', {});
    expect(highlights.map((h) => h.detached)).toEqual([false, false]);
    expect(highlights.every((h) => h.tagIds.length === 1)).toBe(true);
    const [summary] = await studio.ok('journey.list', {});
    const map = await studio.ok('journey.get', { id: summary!.id });
    expect(map.stages.map((s) => s.name)).toEqual(['Świadomość', 'Badanie i porównanie cen', 'Jazda próbna', 'Zakup', 'Rekomendacja']);
    expect(map.items.filter((i) => i.highlightIds.length > 0)).toHaveLength(3);
    expect((await studio.ok('search.query', { q: 'jazda probna' })).hits.length).toBeGreaterThan(0);
    expect((await studio.ok('project.check', { path: info.path })).problems).toEqual([]);
    const second = await studio.ok('project.openSample', {});
    expect(second.name).toBe('Przykład - zakup samochodu (2)');
  });

  it('refuses to create over an existing file and leaves it untouched', async () => {
    const studio = await startStudio();
    const first = await studio.ok('project.create', { path: 'same' });
    await studio.ok('persona.create', { name: 'Kept' });
    const r = await studio.call('project.create', { path: 'same' });
    expect(r.ok || r.error.code).toBe('file_exists');
    expect((await studio.ok('project.current', {}))?.path).toBe(first.path);
    expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Kept']);
  });

  it('remembers recent projects and marks missing ones', async () => {
    const studio = await startStudio();
    const a = await studio.ok('project.create', { path: 'one' });
    const b = await studio.ok('project.create', { path: 'two' });
    const recent = await studio.ok('app.recent', {});
    expect(recent.map((r) => r.path)).toEqual([b.path, a.path]);
    expect(recent.every((r) => r.exists)).toBe(true);
    const after = await studio.ok('app.forgetRecent', { path: a.path });
    expect(after.map((r) => r.path)).toEqual([b.path]);
  });

  it('lists folders and project files for the in-app open dialog, Polish order', async () => {
    const studio = await startStudio({ lang: 'pl' });
    await studio.ok('project.create', { path: 'Lucyna' });
    await studio.ok('project.create', { path: 'Łukasz' });
    await studio.ok('project.create', { path: 'Zenon' });
    const listing = await studio.ok('app.browse', {});
    expect(listing.entries.map((e) => e.name)).toEqual(['Lucyna.cjstudio', 'Łukasz.cjstudio', 'Zenon.cjstudio']);
    expect(listing.parent).toBe(studio.dir);
  });

  it('check and inspect of the open project keep its locks: another process still cannot take it out of WAL', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: join(tempDir(), 'live.cjstudio') });
    expect((await studio.ok('project.inspect', { path })).counts.personas).toBe(0);
    expect((await studio.ok('project.check', { path })).problems).toEqual([]);
    // Closing any descriptor of the file in this process would have dropped the writer's POSIX locks.
    expect(() => execFileSync('sqlite3', [path, 'PRAGMA journal_mode = DELETE;'], { stdio: 'pipe' })).toThrow(/locked/);
    await studio.ok('persona.create', { name: 'Still fine' });
  });
});
