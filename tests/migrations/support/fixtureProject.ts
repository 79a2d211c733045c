import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every schema version a user's file can be at; each has a fixture written as that version wrote it. */
export const fixtureVersions = [1, 2];

/** Builds a real project file from the SQL a given schema version wrote. */
export function fixtureProject(version: number, dir: string, name = `v${version}.cjstudio`): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec(readFileSync(join(import.meta.dirname, '..', 'fixtures', `v${version}.sql`), 'utf8'));
  db.close();
  return path;
}
