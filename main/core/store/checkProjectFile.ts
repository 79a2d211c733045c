import type { Database as Db } from 'better-sqlite3';
import type { Lang } from '../../../shared/schema/common';
import { Persona } from '../../../shared/schema/persona';
import { fileFailure } from './fileFailure';
import { readProjectHeader, schemaVersionOf } from './inspectProjectFile';
import { openProjectReader } from './openProjectReader';
import { describeSchemaProblem, schemaDifferences } from './schemaDifferences';
import { textProblems } from './textProblems';

function integrityProblems(db: Db): string[] {
  const problems: string[] = [];
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
    // Nothing read at all: the caller says why (damaged, or unreadable in a read-only folder).
    if (problems.length === 0) throw e;
    problems.push(`integrity: ${(e as Error).message}`);
  }
  return problems;
}

/** Integrity, schema and row-level problems of a connection's database, read-only. */
export function databaseProblems(db: Db, schemaVersion: number, nativeBinding: string | undefined, lang: Lang): string[] {
  const problems = integrityProblems(db);
  // A damaged file is not read any further: its tables cannot be trusted to answer.
  if (problems.length > 0) return problems;
  // Nor is one whose schema was altered: a row check would read tables that are not ours.
  const differences = schemaDifferences(db, schemaVersion, nativeBinding);
  if (differences.length > 0) return differences.map((d) => describeSchemaProblem(lang, d));
  problems.push(...textProblems(db, lang));
  if (schemaVersion >= 2) {
    const rows = db.prepare('SELECT id, name, position, created_at AS createdAt, updated_at AS updatedAt FROM personas').all();
    for (const row of rows) {
      const parsed = Persona.safeParse(row);
      if (!parsed.success) problems.push(`persona ${(row as { id: string }).id}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
  }
  return problems;
}

/**
 * Integrity, schema and row-level validation, all read through a connection that creates no
 * file. Returns human-readable problems; throws AppFailure only when the file cannot be examined
 * at all.
 */
export function checkProjectFile(path: string, nativeBinding?: string, lang: Lang = 'en'): { schemaVersion: number; problems: string[] } {
  readProjectHeader(path, false);
  let db: Db;
  try {
    db = openProjectReader(path, nativeBinding);
  } catch (e) {
    throw fileFailure(e, path);
  }
  try {
    const schemaVersion = schemaVersionOf(db);
    return { schemaVersion, problems: databaseProblems(db, schemaVersion, nativeBinding, lang) };
  } catch (e) {
    throw fileFailure(e, path);
  } finally {
    db.close();
  }
}
