import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/store/openDatabase';
import { openProjectReader } from '../../main/core/store/openProjectReader';
import { listing, savedProject } from './support/projectFiles';
import { tempDir } from './support/tempStudio';

const connections: [string, (path: string) => Database][] = [
  ['the writer', (path) => openDatabase(path)],
  ['a read-only open in place', (path) => openDatabase(path, { readonly: true })],
  ['the inspection reader', (path) => openProjectReader(path)],
];

describe('every connection to a project file', () => {
  for (const [name, open] of connections) {
    it(`${name}: trusted_schema off, load_extension() refused, sqlite_schema not writable`, async () => {
      const path = await savedProject(tempDir());
      const db = open(path);
      try {
        expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
        expect(() => db.prepare("SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')").get()).toThrow(/not authorized/);
        // Defensive mode: writable_schema cannot be switched on, so the schema cannot be edited as a table.
        db.pragma('writable_schema = ON');
        expect(db.pragma('writable_schema', { simple: true })).toBe(0);
        if (!db.readonly) expect(() => db.prepare("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'meta'").run()).toThrow(/may not be modified/);
      } finally {
        db.close();
      }
    });
  }

  it('a view in the file cannot call a function the app registered without marking it innocuous', async () => {
    const path = await savedProject(tempDir());
    const db = openDatabase(path);
    try {
      db.function('app_only', () => 42);
      db.exec('CREATE VIEW calls_app AS SELECT app_only() AS v');
      expect(db.prepare('SELECT app_only() AS v').get()).toEqual({ v: 42 });
      expect(() => db.prepare('SELECT v FROM calls_app').get()).toThrow(/unsafe use of app_only/);
    } finally {
      db.close();
    }
  });

  it('the inspection reader creates no file beside a closed WAL project', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    const before = listing(dir);
    const db = openProjectReader(path);
    expect(db.prepare('SELECT count(*) AS n FROM personas').get()).toEqual({ n: 1 });
    db.close();
    expect(listing(dir)).toEqual(before);
  });
});
