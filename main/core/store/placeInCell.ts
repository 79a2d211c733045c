import type { Database } from 'better-sqlite3';
import { CELL_GAP, positionBetween } from '../../../shared/journey/positionBetween';
import { cachedStatement } from './cachedStatement';

interface Placed {
  id: string;
  position: number;
}

/**
 * Puts note `id` at `index` among the other live notes of its cell (no index, or one past the end:
 * last). A note's position only orders its cell, so a move writes that one row, whatever the size
 * of the map, and a change set carries one note. Only when no whole number is left between the
 * neighbours is the cell spaced out again, every note CELL_GAP apart.
 */
export function placeInCell(db: Database, stageId: string, laneId: string, id: string, index: number | undefined, movedAt?: string): void {
  const others = (
    cachedStatement(db, 'SELECT id, position FROM journey_items WHERE stage_id = ? AND lane_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id').all(
      stageId,
      laneId,
    ) as Placed[]
  ).filter((r) => r.id !== id);
  const at = index === undefined ? others.length : Math.min(index, others.length);
  const position = positionBetween(others[at - 1]?.position, others[at]?.position);
  // A note coming from another cell takes its new cell and place in one write.
  const moved = movedAt !== undefined ? cachedStatement(db, 'UPDATE journey_items SET stage_id = ?, lane_id = ?, updated_at = ?, position = ? WHERE id = ?') : null;
  const set = cachedStatement(db, 'UPDATE journey_items SET position = ? WHERE id = ? AND position <> ?');
  if (position !== null) {
    if (moved) moved.run(stageId, laneId, movedAt, position, id);
    else set.run(position, id, position);
    return;
  }
  moved?.run(stageId, laneId, movedAt, 0, id);
  const order = [...others.slice(0, at).map((r) => r.id), id, ...others.slice(at).map((r) => r.id)];
  order.forEach((rid, i) => set.run((i + 1) * CELL_GAP, rid, (i + 1) * CELL_GAP));
}
