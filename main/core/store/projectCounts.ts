import type { Database } from 'better-sqlite3';

const tableExists = (db: Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** Interviews and maps arrive with later schema versions; an older file simply has none. */
export function projectCounts(db: Database): { personas: number; interviews: number; maps: number } {
  const count = (table: string, where = '') =>
    tableExists(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n : 0;
  return {
    personas: count('personas', 'WHERE deleted_at IS NULL'),
    interviews: count('interviews', 'WHERE deleted_at IS NULL'),
    maps: count('journey_maps', 'WHERE deleted_at IS NULL'),
  };
}
