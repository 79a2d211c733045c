import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/runCli';
import { tempDir } from './support/tempStudio';

describe('journey-studio bundle', () => {
  it('export, verify and import: a bundle of a project becomes a new project', () => {
    const dir = tempDir();
    const project = join(dir, 'Salon.cjstudio');
    expect(cli(['new', project, '--sample', '--lang', 'pl']).code).toBe(0);
    const bundle = join(dir, 'Salon.cjbundle');
    const exported = cli(['bundle', 'export', project, bundle]);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/Wrote .*Salon\.cjbundle \(9 files, \d+ bytes\)/);

    const verified = cli(['bundle', 'verify', bundle]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/a valid bundle of “Salon”/);
    expect(verified.out).toMatch(/personas: 2\ninterviews: 1\nmaps: 1\nhighlights: 2\ntags: 2/);

    const copy = join(dir, 'Kopia.cjstudio');
    const imported = cli(['bundle', 'import', bundle, copy]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Created .*Kopia\.cjstudio from the bundle/);
    expect(cli(['check', copy]).code).toBe(0);
  });

  it('verify exits 1 with the reason for a bad bundle and 2 for unusable input, one line on stderr', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.cjbundle');
    writeFileSync(bad, 'not a zip');
    const invalid = cli(['bundle', 'verify', bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^journey-studio: bad\.cjbundle is not a project bundle .*not a zip archive/);
    expect(invalid.err.trim().split('\n')).toHaveLength(1);

    const missing = cli(['bundle', 'verify', join(dir, 'nowhere.cjbundle')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(cli(['bundle', 'verify']).code).toBe(2);
    expect(cli(['bundle', 'unpack', bad]).code).toBe(2);

    const imported = cli(['bundle', 'import', bad, join(dir, 'x.cjstudio')]);
    expect(imported.code).toBe(1);
    expect(existsSync(join(dir, 'x.cjstudio'))).toBe(false);
  });

  it('export map writes the map in the format asked for; a bad format or an unknown map exits 2', () => {
    const dir = tempDir();
    const project = join(dir, 'Salon.cjstudio');
    expect(cli(['new', project, '--sample', '--lang', 'pl']).code).toBe(0);
    const db = new Database(project, { readonly: true });
    const mapId = db.prepare('SELECT id FROM journey_maps').pluck().get() as string;
    db.close();
    const pdf = join(dir, 'mapa.pdf');
    const made = cli(['export', 'map', project, mapId, '--format', 'pdf', '--paper', 'a2', '--out', pdf]);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Wrote .*mapa\.pdf\n$/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Świadomość');
    const bad = cli(['export', 'map', project, mapId, '--format', 'docx', '--out', join(dir, 'x.docx')]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    const unknown = cli(['export', 'map', project, '00000000-0000-4000-8000-000000000000', '--format', 'svg', '--out', join(dir, 'x.svg')]);
    expect(unknown.code).toBe(2);
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});
