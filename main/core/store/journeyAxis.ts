import type { Database } from 'better-sqlite3';
import { AppFailure } from '../appFailure';
import { placeAt, writePositions } from './denseOrder';
import { journeyMapRow } from './journeyMapRow';
import { cachedStatement } from './cachedStatement';

/** Stages and lanes are the two axes of a map's grid; they order and delete alike. */
export type AxisTable = 'journey_stages' | 'journey_lanes';

const what = (table: AxisTable) => (table === 'journey_stages' ? 'stage' : 'lane');

export interface AxisRow {
  id: string;
  map_id: string;
  position: number;
}

export function axisRow(db: Database, table: AxisTable, id: string): AxisRow {
  const row = cachedStatement(db,
      `SELECT a.id, a.map_id, a.position FROM ${table} a JOIN journey_maps m ON m.id = a.map_id AND m.deleted_at IS NULL
       WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as AxisRow | undefined;
  if (!row) throw new AppFailure('not_found', { what: `${what(table)} ${id}` });
  return row;
}

export function liveAxisIds(db: Database, table: AxisTable, mapId: string): string[] {
  return cachedStatement(db, `SELECT id FROM ${table} WHERE map_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id`).pluck().all(mapId) as string[];
}

/** Inserts through `insert` at the end, then moves the new row to `index`. */
export function addAxis(db: Database, table: AxisTable, mapId: string, index: number | undefined, insert: (position: number, now: string) => string): string {
  journeyMapRow(db, mapId);
  const now = new Date().toISOString();
  const ids = liveAxisIds(db, table, mapId);
  const id = insert(ids.length, now);
  writePositions(db, table, placeAt(ids, id, index));
  return id;
}

export function moveAxis(db: Database, table: AxisTable, id: string, index: number): string {
  const row = axisRow(db, table, id);
  writePositions(db, table, placeAt(liveAxisIds(db, table, row.map_id), id, index));
  return row.map_id;
}

/**
 * The notes (and, of a stage, the emotions) a stage or lane hides are marked as changed with it. A
 * window that opened the map while the stage was in the trash never read them; marked here, they
 * travel in the change set of the undo that brings the stage back, which replays this same step.
 */
function touchContents(db: Database, table: AxisTable, id: string, now: string): void {
  const column = table === 'journey_stages' ? 'stage_id' : 'lane_id';
  cachedStatement(db, `UPDATE journey_items SET updated_at = ? WHERE ${column} = ? AND deleted_at IS NULL`).run(now, id);
  if (table === 'journey_stages') cachedStatement(db, 'UPDATE journey_emotions SET updated_at = ? WHERE stage_id = ?').run(now, id);
}

/** Soft delete: the row keeps its position and its notes, so undo puts everything back. */
export function deleteAxis(db: Database, table: AxisTable, id: string): string {
  const row = axisRow(db, table, id);
  const now = new Date().toISOString();
  cachedStatement(db, `UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
  touchContents(db, table, id, now);
  writePositions(db, table, liveAxisIds(db, table, row.map_id));
  return row.map_id;
}
