import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every schema version a user's file can be at; each has a fixture as that version wrote it. */
export const fixtureVersions = [1, 2, 3, 4, 5, 6, 7];

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/**
 * A real project file of the given version: a file the studio of that version saved
 * (vN.cjstudio), or, for the earliest versions, rebuilt from the SQL that version wrote.
 */
export function fixtureProject(version: number, dir: string, name = `v${version}.cjstudio`): string {
  const path = join(dir, name);
  const saved = join(fixtures, `v${version}.cjstudio`);
  if (existsSync(saved)) {
    copyFileSync(saved, path);
    return path;
  }
  const db = new Database(path);
  db.exec(readFileSync(join(fixtures, `v${version}.sql`), 'utf8'));
  db.close();
  return path;
}

/** The id of the persona each fixture from v2 on holds as deleted (restorable). */
export function deletedPersonaId(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id FROM personas WHERE deleted_at IS NOT NULL').pluck().get() as string;
  } finally {
    db.close();
  }
}

/** The id of the stage, holding one note, that each fixture from v4 on holds as deleted (restorable). */
export function deletedStageId(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id FROM journey_stages WHERE deleted_at IS NOT NULL').pluck().get() as string;
  } finally {
    db.close();
  }
}
