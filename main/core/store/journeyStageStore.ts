import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { addAxis, axisRow } from './journeyAxis';
import { cachedStatement } from './cachedStatement';

export function addStage(db: Database, mapId: string, name: string, index?: number): string {
  return addAxis(db, 'journey_stages', mapId, index, (position, now) => {
    const id = randomUUID();
    cachedStatement(db, 'INSERT INTO journey_stages (id, map_id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      mapId,
      name,
      position,
      now,
      now,
    );
    return id;
  });
}

export function renameStage(db: Database, id: string, name: string): string {
  const row = axisRow(db, 'journey_stages', id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE journey_stages SET name = ?, updated_at = ? WHERE id = ? AND name <> ?').run(name, now, id, name);
  return row.map_id;
}
