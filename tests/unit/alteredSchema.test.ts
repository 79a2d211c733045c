import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, interviewRows, listing, savedProject, sqlite3 } from './support/projectFiles';
import { startStudio, tempDir } from './support/tempStudio';

const SMUGGLED =
  "CREATE TABLE pwned(at, what); CREATE TRIGGER zz AFTER INSERT ON personas BEGIN UPDATE interviews SET notes_text = 'WIPED', title = 'owned'; END;";

/** A project someone added a trigger to, switched out of WAL so that setting journal_mode would show in its bytes. */
async function smuggledProject(dir: string): Promise<string> {
  const path = await savedProject(dir);
  sqlite3(path, `${SMUGGLED} PRAGMA journal_mode = DELETE;`);
  return path;
}

describe('a project file whose schema was altered outside the studio', () => {
  it('is refused on open as schema_mismatch naming the trigger, before any write: no journal mode, lock or -wal', async () => {
    const dir = tempDir();
    const path = await smuggledProject(dir);
    const before = bytesOf(path);
    const files = listing(dir);
    const studio = await startStudio({ dir: tempDir() });
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('schema_mismatch');
    expect(r.ok || r.error.message).toContain('altered outside Journey Studio (trigger zz)');
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(listing(dir)).toEqual(files);
    expect(await studio.ok('project.current', {})).toBeNull();
  });

  it('never lets the trigger run: creating a persona in the studio that refused it leaves every interview', async () => {
    const dir = tempDir();
    const path = await smuggledProject(dir);
    const notes = interviewRows(path);
    const studio = await startStudio({ dir: tempDir() });
    await studio.ok('project.create', { path: 'other' });
    expect((await studio.call('project.open', { path })).ok).toBe(false);
    await studio.ok('persona.create', { name: 'Bo' });
    expect(interviewRows(path)).toBe(notes);
    expect(notes).toContain('Showroom visit');
  });

  it('names the kind of object in Polish', async () => {
    const path = await smuggledProject(tempDir());
    const studio = await startStudio({ lang: 'pl', dir: tempDir() });
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.message).toContain('zmieniony poza Journey Studio (wyzwalacz zz)');
  });

  it('check lists the trigger and the table as problems', async () => {
    const path = await smuggledProject(tempDir());
    const studio = await startStudio({ dir: tempDir() });
    const report = await studio.ok('project.check', { path });
    expect(report.problems).toEqual([
      'schema: trigger zz was added outside Journey Studio',
      'schema: table pwned was added outside Journey Studio',
    ]);
  });

  for (const [what, sql, object] of [
    ['a view', 'CREATE VIEW v AS SELECT * FROM personas;', 'view v'],
    ['a trigger replaced under one of our names', "DROP TRIGGER personas_search_ai; CREATE TRIGGER personas_search_ai AFTER INSERT ON personas BEGIN DELETE FROM interviews; END;", 'trigger personas_search_ai'],
    ['an index made differently', 'DROP INDEX personas_live_position; CREATE INDEX personas_live_position ON personas (position);', 'index personas_live_position'],
    ['a dropped table', 'DROP TABLE meta;', 'table meta'],
    ['an extra index', 'CREATE INDEX my_index ON personas (name);', 'index my_index'],
  ] as const) {
    it(`refuses ${what} (${object}) on open and on inspect, and check reports it`, async () => {
      const dir = tempDir();
      const path = await savedProject(dir);
      sqlite3(path, sql);
      const files = listing(dir);
      const studio = await startStudio({ dir: tempDir() });
      for (const op of ['project.open', 'project.inspect'] as const) {
        const r = await studio.call(op, { path });
        expect(r.ok || r.error.code, op).toBe('schema_mismatch');
        expect(r.ok || r.error.message, op).toContain(`(${object})`);
      }
      const report = await studio.ok('project.check', { path });
      expect(report.problems.join('\n')).toContain(object);
      expect(listing(dir)).toEqual(files);
    });
  }

  it('refuses a user_version set lower than the schema it holds, and writes no backup, however often it is opened', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    sqlite3(path, 'PRAGMA user_version = 4;');
    const studio = await startStudio({ dir: tempDir() });
    for (let i = 0; i < 3; i++) {
      const r = await studio.call('project.open', { path });
      expect(r.ok || r.error.code).toBe('schema_mismatch');
      // The first object the older version would not have made is named; later migrations add more.
      expect(r.ok || r.error.message).toMatch(/\((index interviews_summary|table \w+)\)/);
    }
    expect(listing(dir).filter((f) => f.includes('.backup-'))).toEqual([]);
    expect((await studio.ok('project.check', { path })).problems).toContain('schema: index interviews_summary was added outside Journey Studio');
  });

  it('still opens a file whose query statistics were gathered (ANALYZE adds sqlite_stat1 and sqlite_stat4)', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    sqlite3(path, 'ANALYZE;');
    expect(sqlite3(path, "SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite_stat%'")).toMatch(/sqlite_stat1/);
    const studio = await startStudio({ dir: tempDir() });
    expect((await studio.ok('project.check', { path })).problems).toEqual([]);
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
  });

  it('opens a project whose SQL is laid out differently but means the same (whitespace, comments, case)', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    sqlite3(path, 'DROP INDEX personas_live_position; create index personas_live_position\n  ON personas(position) /* live only */ where DELETED_AT is null;');
    const studio = await startStudio({ dir: tempDir() });
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
    expect(existsSync(join(dir, 'victim.cjstudio'))).toBe(true);
  });
});
