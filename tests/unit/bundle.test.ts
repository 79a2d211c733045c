import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../shared/live/studioEvents';
import { notesOf } from './support/notesFixture';
import { manifestOf, pack, renameInZip, resealed, unpack } from './support/bundleFiles';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { snapshotRows, startStudio, type TestStudio } from './support/tempStudio';

/**
 * Every table but the windows' undo steps, which stay home, and the id a bundle gives its project.
 * The search index's own tables are left out: the bundle merges its segments (dropping deleted
 * words), so they are laid out differently; search_docs, which the index is built from, is compared.
 */
function projectRows(path: string): unknown {
  return (JSON.parse(snapshotRows(path)) as [string, string[]][])
    .filter(([table]) => table !== 'history' && !table.startsWith('search_fts_'))
    .map(([table, rows]) => [table, table === 'meta' ? rows.filter((r) => !r.includes('"project_id"')) : rows]);
}

async function sampleWithWork(studio: TestStudio) {
  const info = await studio.ok('project.openSample', {});
  const interview = await studio.ok('interview.create', { title: 'Wywiad z Łucją', participant: 'P2' });
  await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Zażółć gęślą jaźń: klientka porównuje raty.']), baseVersion: 0 });
  await studio.ok('persona.create', { name: 'Żaneta' });
  return info as { path: string };
}

describe('project bundles', () => {
  it('export while the project is open and edited, import as a new project: every table the same', async () => {
    const studio = await startStudio({ lang: 'pl' });
    const { path } = await sampleWithWork(studio);
    const events: StudioEvent[] = [];
    studio.dispatcher.subscribe((e) => void events.push(e));
    const out = join(studio.dir, 'Warsztat.cjbundle');
    const exported = await studio.ok('bundle.export', { project: path, out, jobId: 'export-job-1' });
    expect(exported.entries).toBe(9);
    // The project as it was exported, to compare the import with.
    const asExported = join(studio.dir, 'as-exported.sqlite');
    const reader = new Database(path, { readonly: true });
    reader.prepare('VACUUM INTO ?').run(asExported);
    reader.close();
    // An edit after the export is not in the bundle: it is a snapshot, and the project goes on.
    await studio.ok('persona.create', { name: 'Po eksporcie' });

    const items = await unpack(out);
    expect(items.map((i) => i.name).sort()).toEqual(
      ['manifest.json', 'project.cjstudio', 'report/index.html', 'report/highlights.csv', 'report/interviews.csv', 'report/maps.csv', 'report/personas.csv', 'report/stickies.csv', 'report/tags.csv'].sort(),
    );
    const manifest = manifestOf(items);
    expect(manifest).toMatchObject({ format: 'journey-studio-bundle', formatVersion: 1, project: { name: 'Przykład - zakup samochodu' } });
    expect(manifest.counts).toMatchObject({ personas: 3, interviews: 2, maps: 1 });
    const personasCsv = items.find((i) => i.name === 'report/personas.csv')!.data.toString('utf8');
    expect(personasCsv.startsWith('\uFEFF"id","name"')).toBe(true);
    expect(personasCsv).toContain('"Żaneta"');
    expect(personasCsv).not.toContain('Po eksporcie');
    const report = items.find((i) => i.name === 'report/index.html')!.data.toString('utf8');
    expect(report).toContain('<html lang="pl">');
    expect(report).toContain("default-src 'none'");
    expect(report).not.toMatch(/<script/i);
    for (const text of ['Przykład - zakup samochodu', 'Jazda próbna', 'Żaneta', 'Wywiad z Łucją', 'Zażółć gęślą jaźń: klientka porównuje raty.', 'Dowody według tagów']) expect(report).toContain(text);
    // The emotion curves are drawn: one path per persona on the map, through its scored stages.
    expect(report.match(/<path d="M[\d.]+ [\d.]+ C/g)?.length).toBe(2);
    const progress = events.filter((e) => e.type === 'job.progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.payload).toMatchObject({ jobId: 'export-job-1' });

    const summary = await studio.ok('bundle.verify', { path: out });
    expect(summary).toMatchObject({ name: 'Przykład - zakup samochodu', counts: manifest.counts });

    const target = join(studio.dir, 'Kopia.cjstudio');
    const imported = await studio.ok('bundle.import', { bundle: out, path: target });
    expect(imported.counts).toEqual({ personas: 3, interviews: 2, maps: 1 });
    expect(projectRows(target)).toEqual(projectRows(asExported));
    // The copy is a project like any other: it opens and takes edits.
    await studio.ok('project.open', { path: target });
    await studio.ok('persona.create', { name: 'W kopii' });
  });

  it('leaves deleted work and undo steps at home', async () => {
    const studio = await startStudio({ lang: 'pl' });
    const { path } = await sampleWithWork(studio);
    const secret = await studio.ok('interview.create', { title: 'Bez zgody' });
    await studio.ok('interview.saveNotes', { id: secret.id, notes: notesOf(['Tajemnica1234 klientki']), baseVersion: 0 });
    await studio.ok('interview.delete', { id: secret.id });
    // A window's edit, which its undo history records.
    const made = await studio.dispatcher.dispatch('persona.create', { name: 'Z okna' }, 'window-under-test');
    expect(made.ok).toBe(true);
    expect(new Database(path, { readonly: true }).prepare('SELECT count(*) FROM history').pluck().get()).toBeGreaterThan(0);
    const out = join(studio.dir, 'share.cjbundle');
    await studio.ok('bundle.export', { project: path, out });
    const items = await unpack(out);
    const copy = join(studio.dir, 'inside.sqlite');
    writeFileSync(copy, items.find((i) => i.name === 'project.cjstudio')!.data);
    const inside = new Database(copy, { readonly: true });
    expect(inside.prepare('SELECT count(*) FROM history').pluck().get()).toBe(0);
    expect(inside.prepare('SELECT count(*) FROM interviews WHERE deleted_at IS NOT NULL').pluck().get()).toBe(0);
    expect(inside.prepare("SELECT count(*) FROM personas WHERE name = 'Z okna'").pluck().get()).toBe(1);
    inside.close();
    for (const item of items) {
      // The search index keeps words lower-cased.
      expect(item.data.includes(Buffer.from('tajemnica1234')), item.name).toBe(false);
      expect(item.data.includes(Buffer.from('Tajemnica1234')), item.name).toBe(false);
      expect(item.data.includes(Buffer.from('Bez zgody')), item.name).toBe(false);
    }
  });

  it('writes words from the project into the report as text, never as markup', async () => {
    const studio = await startStudio({ lang: 'en' });
    const { path } = await studio.ok('project.create', { path: 'Hostile' });
    await studio.ok('persona.create', { name: '<img src=x onerror=alert(1)>' });
    const interview = await studio.ok('interview.create', { title: '</title><script>alert(2)</script>' });
    await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['"><iframe src="https://example.com">']), baseVersion: 0 });
    const out = join(studio.dir, 'hostile.cjbundle');
    await studio.ok('bundle.export', { project: path, out });
    const report = (await unpack(out)).find((i) => i.name === 'report/index.html')!.data.toString('utf8');
    expect(report).not.toMatch(/<(img|script|iframe)\b/i);
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(report).toContain('&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    const csv = (await unpack(out)).find((i) => i.name === 'report/personas.csv')!.data.toString('utf8');
    expect(csv).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('never replaces an existing file, and a cancelled export leaves nothing behind', async () => {
    const studio = await startStudio({ lang: 'en' });
    const { path } = await sampleWithWork(studio);
    const taken = join(studio.dir, 'taken.cjbundle');
    writeFileSync(taken, 'mine');
    const refused = await studio.call('bundle.export', { project: path, out: taken });
    expect(refused.ok || refused.error.code).toBe('file_exists');
    expect(readFileSync(taken, 'utf8')).toBe('mine');

    const before = readdirSync(studio.dir).sort();
    const out = join(studio.dir, 'cancelled.cjbundle');
    const running = studio.call('bundle.export', { project: path, out, jobId: 'cancel-me-1' });
    await studio.ok('job.cancel', { jobId: 'cancel-me-1' });
    const answer = await running;
    expect(answer.ok || answer.error.code).toBe('cancelled');
    expect(readdirSync(studio.dir).sort()).toEqual(before);
  });

  it('an unusable bundle is refused with its reason and nothing is written', { timeout: 90_000 }, async () => {
    const studio = await startStudio({ lang: 'en' });
    const { path } = await sampleWithWork(studio);
    const good = join(studio.dir, 'good.cjbundle');
    await studio.ok('bundle.export', { project: path, out: good });
    const items = await unpack(good);
    rmSync(good);
    const dir = join(studio.dir, 'incoming');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const refusedFor = async (name: string, bundleItems: ZipItemList) => {
      const bundle = await pack(join(studio.dir, `${name}.cjbundle`), bundleItems);
      const before = readdirSync(dir);
      const answer = await studio.call('bundle.import', { bundle, path: join(dir, `${name}.cjstudio`) });
      expect(readdirSync(dir), name).toEqual(before);
      expect(answer.ok, name).toBe(false);
      return answer.ok ? null : answer.error;
    };
    const reason = async (name: string, bundleItems: ZipItemList) => (await refusedFor(name, bundleItems))?.params?.details;

    const db = items.find((i) => i.name === 'project.cjstudio')!;
    const withDb = (data: Buffer) => resealed(items.map((i) => (i === db ? { ...i, data } : i)));
    const alteredDb = (sql: string) => {
      const file = join(studio.dir, `altered-${Math.random().toString(36).slice(2)}.sqlite`);
      writeFileSync(file, db.data);
      const d = new Database(file);
      d.exec(sql);
      d.close();
      return readFileSync(file);
    };

    expect(await reason('manifest-missing', items.filter((i) => i.name !== 'manifest.json'))).toMatch(/no manifest/);
    expect(await reason('manifest-bad', resealed(items, (m) => ((m as { entries: unknown }).entries = [{ path: 'x' }])))).toMatch(/manifest/);
    expect(await reason('manifest-newer', resealed(items, (m) => (m.formatVersion = 2)))).toMatch(/newer Journey Studio/);
    expect(await reason('entry-missing', resealed(items.filter((i) => i.name !== 'report/tags.csv'), undefined, items.filter((i) => i.name !== 'manifest.json')))).toMatch(/missing/);
    expect(await reason('entry-extra', [...items, { name: 'report/extra.csv', data: Buffer.from('x') }])).toMatch(/does not list/);
    expect(await reason('checksum', items.map((i) => (i.name === 'report/tags.csv' ? { ...i, data: Buffer.from('"changed"') } : i)))).toMatch(/checksum/);
    expect(await reason('duplicate', [...items, { ...items[1]! }])).toMatch(/same name/);
    expect(await reason('symlink', resealed([...items, { name: 'report/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]))).toMatch(/link/);
    expect(await reason('bomb', resealed([...items, { name: 'report/zeros.csv', data: Buffer.alloc(20 * 1024 * 1024) }]))).toMatch(/unpacks to far more/);
    expect(await reason('too-many', resealed([...items, ...Array.from({ length: 500 }, (_, n) => ({ name: `report/n${n}.csv`, data: Buffer.from(String(n)) }))]))).toMatch(/more files/);
    expect(await reason('db-truncated', withDb(db.data.subarray(0, Math.floor(db.data.length / 2))))).toMatch(/damaged/);
    expect(await reason('db-newer', withDb(alteredDb('PRAGMA user_version = 99')))).toMatch(/newer Journey Studio/);
    expect(await reason('db-trigger', withDb(alteredDb('CREATE TRIGGER spy AFTER INSERT ON personas BEGIN DELETE FROM tags; END')))).toMatch(/altered outside/);
    expect(await reason('db-view', withDb(alteredDb('CREATE VIEW everything AS SELECT * FROM interviews')))).toMatch(/altered outside/);
    for (const [placeholder, hostile] of [
      ['aa/evil.csv', '../evil.csv'],
      ['xetc/passwd', '/etc/passwd'],
      ['report/x.csv', 'report\\x.csv'],
      ['C_/evil.csv', 'C:/evil.csv'],
    ] as const) {
      const bundle = await pack(join(studio.dir, 'slip.cjbundle'), [...items, { name: placeholder, data: Buffer.from('pwned') }]);
      renameInZip(bundle, placeholder, hostile);
      const answer = await studio.call('bundle.import', { bundle, path: join(dir, 'slip.cjstudio') });
      expect(answer.ok ? null : answer.error.code, hostile).toBe('bundle_invalid');
      expect(readdirSync(dir), hostile).toEqual([]);
      expect(readdirSync(studio.dir).filter((f) => f.includes('evil')), hostile).toEqual([]);
    }
    const notZip = join(studio.dir, 'not-a-zip.cjbundle');
    writeFileSync(notZip, 'PK this is not a zip at all');
    const answer = await studio.call('bundle.import', { bundle: notZip, path: join(dir, 'x.cjstudio') });
    expect(answer.ok ? null : answer.error.params?.details).toMatch(/not a zip/);
  });
});

type ZipItemList = Parameters<typeof pack>[1];

describe('the version a bundle records', () => {
  it('is the one package.json gives the app', async () => {
    const { APP_VERSION } = await import('../../shared/appVersion');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});

describe('bundles of projects saved by older versions', () => {
  it('carry the project in this version’s schema, and the project file itself is left as it was', { timeout: 90_000 }, async () => {
    const { fixtureProject, fixtureVersions } = await import('../migrations/support/fixtureProject');
    const studio = await startStudio({ lang: 'pl' });
    for (const version of fixtureVersions) {
      const project = fixtureProject(version, studio.dir);
      const before = readFileSync(project);
      const out = join(studio.dir, `v${version}.cjbundle`);
      await studio.ok('bundle.export', { project, out });
      const summary = await studio.ok('bundle.verify', { path: out });
      expect(summary.schemaVersion, `v${version}`).toBe(CURRENT_SCHEMA_VERSION);
      expect(readFileSync(project).equals(before), `v${version}`).toBe(true);
    }
  });
});
