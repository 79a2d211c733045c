import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../store/cachedStatement';

/**
 * Tables whose rows are derived (the search index), kept apart (the note's Yjs state, replaced by
 * its own operations) or are the bookkeeping itself: changes to them are neither reported nor undone.
 */
const UNCAPTURED = new Set(['meta', 'history', 'search_docs', 'note_docs']);
const capturedTable = (name: string) => !UNCAPTURED.has(name) && !name.startsWith('search_fts') && !name.startsWith('sqlite_');

export interface CapturedTable {
  name: string;
  columns: string[];
  /** The primary key's columns, in key order. */
  key: string[];
  /** BLOB columns travel as hex inside the JSON images. */
  blobs: Set<string>;
}

/** One row as one statement left it: `kind` i(nsert), u(pdate) or d(elete); images only when asked for. */
export interface CapturedChange {
  seq: number;
  tbl: string;
  key: string;
  kind: 'i' | 'u' | 'd';
  old: string | null;
  new: string | null;
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function describe(db: Database): CapturedTable[] {
  const names = cachedStatement(db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return names.filter(capturedTable).map((name) => {
    const info = cachedStatement(db, `SELECT name, type, pk FROM pragma_table_info(?)`).all(name) as { name: string; type: string; pk: number }[];
    const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    return {
      name,
      columns: info.map((c) => c.name),
      key: key.length ? key : ['rowid'],
      blobs: new Set(info.filter((c) => c.type.toUpperCase() === 'BLOB').map((c) => c.name)),
    };
  });
}

const image = (t: CapturedTable, row: 'NEW' | 'OLD') =>
  `json_object(${t.columns.map((c) => `'${c}', ${t.blobs.has(c) ? `hex(${row}.${q(c)})` : `${row}.${q(c)}`}`).join(', ')})`;

const keyOf = (t: CapturedTable, row: 'NEW' | 'OLD') => `json_array(${t.key.map((c) => `${row}.${q(c)}`).join(', ')})`;

const installed = new WeakMap<Database, CapturedTable[]>();

/**
 * Temporary triggers (they live in this connection only, so the project file's schema stays what
 * its migrations made) record every row a statement inserts, updates or deletes. Row images are
 * of inserts and updates are recorded only while `live_capture.images` is 1: an undoable operation
 * needs them, a note save does not pay for copying the note. A deleted row's image is always kept,
 * since nothing else can say what it was linked to.
 */
export function installChangeCapture(db: Database): CapturedTable[] {
  const known = installed.get(db);
  if (known) return known;
  const tables = describe(db);
  const ddl = [
    'CREATE TEMP TABLE IF NOT EXISTS live_changes (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, old TEXT, new TEXT)',
    'CREATE TEMP TABLE IF NOT EXISTS live_capture (images INTEGER NOT NULL)',
    'DELETE FROM temp.live_capture',
    'INSERT INTO temp.live_capture VALUES (0)',
  ];
  const images = '(SELECT images FROM temp.live_capture)';
  for (const t of tables) {
    const name = t.name.replace(/[^A-Za-z0-9_]/g, '_');
    ddl.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS live_${name}_ai AFTER INSERT ON main.${q(t.name)} BEGIN
         INSERT INTO temp.live_changes (tbl, key, kind, new) VALUES ('${t.name}', ${keyOf(t, 'NEW')}, 'i', CASE WHEN ${images} THEN ${image(t, 'NEW')} END);
       END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS live_${name}_au AFTER UPDATE ON main.${q(t.name)} BEGIN
         INSERT INTO temp.live_changes (tbl, key, kind, old, new) VALUES ('${t.name}', ${keyOf(t, 'NEW')}, 'u',
           CASE WHEN ${images} THEN ${image(t, 'OLD')} END, CASE WHEN ${images} THEN ${image(t, 'NEW')} END);
       END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS live_${name}_ad AFTER DELETE ON main.${q(t.name)} BEGIN
         INSERT INTO temp.live_changes (tbl, key, kind, old) VALUES ('${t.name}', ${keyOf(t, 'OLD')}, 'd', ${image(t, 'OLD')});
       END`,
    );
  }
  for (const sql of ddl) db.prepare(sql).run();
  installed.set(db, tables);
  return tables;
}

export function setCaptureImages(db: Database, on: boolean): void {
  cachedStatement(db, 'UPDATE temp.live_capture SET images = ?').run(on ? 1 : 0);
}

/** What the current transaction has changed so far, in order, and forgets it. */
export function takeCapturedChanges(db: Database): CapturedChange[] {
  const rows = cachedStatement(db, 'SELECT seq, tbl, key, kind, old, new FROM temp.live_changes ORDER BY seq').all() as CapturedChange[];
  if (rows.length) cachedStatement(db, 'DELETE FROM temp.live_changes').run();
  return rows;
}

/** Forgets what a refused operation recorded (its transaction rolled back, but temp rows are kept apart). */
export function clearCapturedChanges(db: Database): void {
  cachedStatement(db, 'DELETE FROM temp.live_changes').run();
}
