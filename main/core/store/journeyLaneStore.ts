import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { LaneKind } from '../../../shared/journey/journeyTemplates';
import { addAxis, axisRow } from './journeyAxis';
import { cachedStatement } from './cachedStatement';

export function addLane(db: Database, mapId: string, lane: { name: string; kind: LaneKind }, index?: number): string {
  return addAxis(db, 'journey_lanes', mapId, index, (position, now) => {
    const id = randomUUID();
    cachedStatement(db,
      'INSERT INTO journey_lanes (id, map_id, kind, name, hidden, position, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)',
    ).run(id, mapId, lane.kind, lane.name, position, now, now);
    return id;
  });
}

export function updateLane(db: Database, id: string, patch: { name?: string | undefined; hidden?: boolean | undefined }): string {
  const row = axisRow(db, 'journey_lanes', id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE journey_lanes SET name = coalesce(?, name), hidden = coalesce(?, hidden), updated_at = ? WHERE id = ?').run(
    patch.name ?? null,
    patch.hidden === undefined ? null : Number(patch.hidden),
    now,
    id,
  );
  return row.map_id;
}

/** The lane's kind decides what its notes may carry (a channel, a KPI). */
export function laneKind(db: Database, id: string): LaneKind {
  return cachedStatement(db, 'SELECT kind FROM journey_lanes WHERE id = ?').pluck().get(id) as LaneKind;
}
