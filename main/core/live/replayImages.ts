import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../store/cachedStatement';
import type { CapturedTable } from './changeCapture';
import type { RowImage, RowValues } from './rowImages';

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function currentRow(db: Database, t: CapturedTable, key: unknown[]): RowValues | null {
  const columns = t.columns.map((c) => `'${c}', ${t.blobs.has(c) ? `hex(${q(c)})` : q(c)}`).join(', ');
  const where = t.key.map((c) => `${q(c)} = ?`).join(' AND ');
  const json = cachedStatement(db, `SELECT json_object(${columns}) FROM main.${q(t.name)} WHERE ${where}`).pluck().get(...key) as string | undefined;
  return json === undefined ? null : (JSON.parse(json) as RowValues);
}

const valueSql = (t: CapturedTable, column: string) => (t.blobs.has(column) ? 'unhex(?)' : '?');
const bind = (v: unknown) => (typeof v === 'boolean' ? Number(v) : v);

/**
 * Moves each row from `from` to `to` (undo: after → before; redo: before → after). A column is set
 * back only where it still holds what the step left there, so a change another window made since
 * survives; a row someone removed since is not brought back by an update, and a row that exists
 * again is not inserted twice. The caller runs this inside one transaction with deferred foreign
 * keys, so the order of parents and children does not matter.
 */
export function replayImages(db: Database, tables: ReadonlyMap<string, CapturedTable>, images: readonly RowImage[], direction: 'undo' | 'redo'): string[] {
  const ordered = direction === 'undo' ? [...images].reverse() : images;
  const touchedInterviews: string[] = [];
  for (const img of ordered) {
    const t = tables.get(img.tbl);
    if (!t) continue;
    const to = direction === 'undo' ? img.before : img.after;
    const from = direction === 'undo' ? img.after : img.before;
    const key = JSON.parse(img.key) as unknown[];
    const where = t.key.map((c) => `${q(c)} = ?`).join(' AND ');
    const current = currentRow(db, t, key);
    if (to === null) {
      if (current) cachedStatement(db, `DELETE FROM main.${q(t.name)} WHERE ${where}`).run(...key);
    } else if (from === null) {
      if (current) continue;
      const columns = t.columns.filter((c) => c in to);
      cachedStatement(db, `INSERT INTO main.${q(t.name)} (${columns.map(q).join(', ')}) VALUES (${columns.map((c) => valueSql(t, c)).join(', ')})`).run(
        ...columns.map((c) => bind(to[c])),
      );
    } else {
      if (!current) continue;
      const columns = Object.keys(to).filter((c) => t.columns.includes(c) && current[c] === from[c] && current[c] !== to[c]);
      if (!columns.length) continue;
      cachedStatement(db, `UPDATE main.${q(t.name)} SET ${columns.map((c) => `${q(c)} = ${valueSql(t, c)}`).join(', ')} WHERE ${where}`).run(
        ...columns.map((c) => bind(to[c])),
        ...key,
      );
    }
    if (t.name === 'interviews' && to !== null && 'notes_text' in to) touchedInterviews.push(String(key[0]));
  }
  return touchedInterviews;
}
