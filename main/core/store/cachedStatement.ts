import type { Database, Statement } from 'better-sqlite3';

const byConnection = new WeakMap<Database, Map<string, Statement>>();

/**
 * The connection's compiled statement for `sql`, compiled once. A note typed into is saved every
 * few hundred milliseconds and a search runs at each pause in the typing; compiling the save's
 * nine statements each time cost about a tenth of the save. An iterating statement cannot run
 * again until its iterator is done: iterate a cached one only in a loop nothing else runs it from,
 * and leave the loop (break, return or throw) to finish it. Each caller gets it in the default
 * mode (rows as objects), whatever mode the last caller asked for.
 */
export function cachedStatement(db: Database, sql: string): Statement {
  let statements = byConnection.get(db);
  if (!statements) byConnection.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  // One caller's .pluck() or .raw() would otherwise stay on for the next caller of the same SQL.
  else if (statement.reader) statement.raw(false).pluck(false);
  return statement;
}
