import type { Database } from 'better-sqlite3';
import { AppFailure } from '../appFailure';
import { cachedStatement } from './cachedStatement';

export interface JourneyMapRow {
  id: string;
  name: string;
  goal: string;
  state: 'current' | 'future';
  scale: 2 | 5;
  lang: 'pl' | 'en';
  template: string;
  source_map_id: string | null;
  created_at: string;
  updated_at: string;
}

export const MAP_COLUMNS = 'id, name, goal, state, scale, lang, template, source_map_id, created_at, updated_at';

export function journeyMapRow(db: Database, id: string): JourneyMapRow {
  const row = cachedStatement(db, `SELECT ${MAP_COLUMNS} FROM journey_maps WHERE id = ? AND deleted_at IS NULL`).get(id) as
    | JourneyMapRow
    | undefined;
  if (!row) throw new AppFailure('not_found', { what: `journey map ${id}` });
  return row;
}
