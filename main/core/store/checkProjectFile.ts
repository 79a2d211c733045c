import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { Persona } from '../../../shared/schema/persona';
import { AppFailure } from '../appFailure';
import { inspectProjectFile } from './inspectProjectFile';
import { migrations } from './migrations';
import { openDatabase } from './openDatabase';

type Shape = Map<string, string[]>;

function shapeOf(db: Db): Shape {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return new Map(
    tables.map(({ name }) => [
      name,
      (db.prepare(`PRAGMA table_info("${name.replace(/"/g, '""')}")`).all() as { name: string; type: string }[]).map(
        (c) => `${c.name} ${c.type}`,
      ),
    ]),
  );
}

/** The schema a file of `version` must have: the migrations replayed on an empty database. */
function referenceShape(version: number, nativeBinding?: string): Shape {
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const m of migrations) if (m.version <= version) m.up(db);
    return shapeOf(db);
  } finally {
    db.close();
  }
}

/**
 * Integrity, schema and row-level validation, all read-only. Returns human-readable problems;
 * throws AppFailure only when the file cannot be examined at all.
 */
export function checkProjectFile(path: string, nativeBinding?: string): { schemaVersion: number; problems: string[] } {
  const { schemaVersion } = inspectProjectFile(path, { needWrite: false, nativeBinding, quickCheck: false });
  const problems: string[] = [];
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true, nativeBinding });
  } catch (e) {
    throw new AppFailure('file_corrupt', { details: (e as Error).message.slice(0, 200) });
  }
  try {
    // integrity_check reports what it can and may then give up on a badly damaged page: keep
    // what it reported and count the give-up as one more problem.
    try {
      for (const row of db.prepare('PRAGMA integrity_check').iterate() as Iterable<{ integrity_check: string }>) {
        if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
      }
      for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
        problems.push(`foreign key: ${fk.table} row ${fk.rowid} points to a missing ${fk.parent}`);
      }
    } catch (e) {
      if (problems.length === 0) throw new AppFailure('file_corrupt', { details: (e as Error).message.slice(0, 200) });
      problems.push(`integrity: ${(e as Error).message}`);
    }
    // A damaged file is not read any further: its tables cannot be trusted to answer.
    if (problems.length > 0) return { schemaVersion, problems };
    const expected = referenceShape(schemaVersion, nativeBinding);
    const actual = shapeOf(db);
    for (const [table, columns] of expected) {
      const have = actual.get(table);
      if (!have) {
        problems.push(`schema: table ${table} is missing`);
        continue;
      }
      for (const col of columns) if (!have.includes(col)) problems.push(`schema: ${table}.${col.split(' ')[0]} is missing or has the wrong type`);
    }
    if (expected.has('personas') && actual.has('personas')) {
      const rows = db.prepare('SELECT id, name, position, created_at AS createdAt, updated_at AS updatedAt FROM personas').all();
      for (const row of rows) {
        const parsed = Persona.safeParse(row);
        if (!parsed.success) problems.push(`persona ${(row as { id: string }).id}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      }
    }
  } finally {
    db.close();
  }
  return { schemaVersion, problems };
}
