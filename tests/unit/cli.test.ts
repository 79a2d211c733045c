import Database from 'better-sqlite3';
import { writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { cli } from './support/runCli';
import { tempDir } from './support/tempStudio';

describe('journey-studio command line', () => {
  it('new --sample, info and check on a fresh project', () => {
    const file = join(tempDir(), 'Salon.cjstudio');
    const made = cli(['new', file, '--sample', '--lang', 'pl']);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const info = cli(['info', file]);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(new RegExp(`schema version: ${CURRENT_SCHEMA_VERSION}\n`));
    expect(info.out).toMatch(/personas: 2/);
    expect(info.out).toMatch(/interviews: 1/);
    expect(info.out).toMatch(/maps: 1/);
    const check = cli(['check', file]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/ok/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('speaks Polish under a Polish locale', () => {
    const file = join(tempDir(), 'a.cjstudio');
    cli(['new', file]);
    const info = cli(['info', file], { LANG: 'pl_PL.UTF-8' });
    expect(info.out).toMatch(/persony: 0/);
  });

  it('check exits 1 with the problems of a damaged project', () => {
    const file = join(tempDir(), 'broken.cjstudio');
    cli(['new', file, '--sample']);
    // Scribble over the personas table's page, leaving the schema readable.
    const db = new Database(file, { readonly: true });
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'personas'").pluck().get() as number;
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * (root - 1));
    closeSync(fd);
    const check = cli(['check', file]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/problem/);
  });

  it('check exits 1 when a table is missing from the schema', () => {
    const file = join(tempDir(), 'drifted.cjstudio');
    cli(['new', file]);
    const db = new Database(file);
    db.exec('DROP TABLE personas');
    db.close();
    const check = cli(['check', file]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/table personas is missing/);
  });

  it('exit 2 with one line on stderr, no stack trace, for unusable input', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    for (const args of [['check', text], ['info', join(dir, 'missing.cjstudio')], ['info'], ['frobnicate'], ['new', join(dir, 'x'), '--lang', 'de']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('new refuses to overwrite an existing file', () => {
    const file = join(tempDir(), 'keep.cjstudio');
    writeFileSync(file, 'precious');
    const r = cli(['new', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already exists/);
  });

  it('prints usage for --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/new FILE/);
  });
});
