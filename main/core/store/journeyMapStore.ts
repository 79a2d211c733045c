import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { defaultLanes, journeyTemplate, type TemplateId } from '../../../shared/journey/journeyTemplates';
import type { Lang } from '../../../shared/schema/common';
import type { JourneySummary } from '../../../shared/schema/journey';
import { AppFailure } from '../appFailure';
import { addLane } from './journeyLaneStore';
import { journeyMapRow, MAP_COLUMNS, type JourneyMapRow } from './journeyMapRow';
import { addStage } from './journeyStageStore';
import { cachedStatement } from './cachedStatement';

export const toMapFields = (r: JourneyMapRow, personaIds: string[]) => ({
  id: r.id,
  name: r.name,
  goal: r.goal,
  state: r.state,
  scale: r.scale,
  lang: r.lang,
  template: r.template as TemplateId | 'empty',
  sourceMapId: r.source_map_id,
  personaIds,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Live personas of a map in their order; a deleted persona reappears with its curve when restored. */
export function mapPersonaIds(db: Database, mapId: string): string[] {
  return cachedStatement(db,
      `SELECT mp.persona_id FROM journey_map_personas mp JOIN personas p ON p.id = mp.persona_id AND p.deleted_at IS NULL
       WHERE mp.map_id = ? ORDER BY mp.position`,
    )
    .pluck()
    .all(mapId) as string[];
}

export function setMapPersonas(db: Database, mapId: string, personaIds: readonly string[]): void {
  const live = cachedStatement(db, 'SELECT 1 FROM personas WHERE id = ? AND deleted_at IS NULL').pluck();
  for (const id of personaIds) if (!live.get(id)) throw new AppFailure('not_found', { what: `persona ${id}` });
  // A persona's curve hides with it off the map and shows when it comes back: its scores are marked
  // as changed, so a window that opened the map meanwhile gets them in the change set.
  const before = new Set(mapPersonaIds(db, mapId));
  const moved = [...personaIds.filter((id) => !before.has(id)), ...[...before].filter((id) => !personaIds.includes(id))];
  const touch = cachedStatement(db, 'UPDATE journey_emotions SET updated_at = ? WHERE map_id = ? AND persona_id = ?');
  const now = new Date().toISOString();
  for (const id of moved) touch.run(now, mapId, id);
  // Links to deleted personas stay, so restoring one brings it back onto the map.
  cachedStatement(db,
    'DELETE FROM journey_map_personas WHERE map_id = ? AND persona_id IN (SELECT id FROM personas WHERE deleted_at IS NULL)',
  ).run(mapId);
  const add = cachedStatement(db,
    `INSERT INTO journey_map_personas (map_id, persona_id, position) VALUES (?, ?, ?)
     ON CONFLICT (map_id, persona_id) DO UPDATE SET position = excluded.position`,
  );
  personaIds.forEach((id, i) => add.run(mapId, id, i));
}

/**
 * Live maps with their counts; `AND …` narrows it (one map, ids). Notes are counted cell by cell
 * (CROSS JOIN keeps that order) in the cell index alone, reading no note rows: every edit inside
 * a map reports the map's summary, and that must stay cheap as the map grows.
 */
export const SUMMARY_SQL = `SELECT ${MAP_COLUMNS},
     (SELECT count(*) FROM journey_stages s WHERE s.map_id = m.id AND s.deleted_at IS NULL) AS stage_count,
     (SELECT count(*) FROM journey_stages s CROSS JOIN journey_lanes l CROSS JOIN journey_items i
      WHERE s.map_id = m.id AND s.deleted_at IS NULL AND l.map_id = m.id AND l.deleted_at IS NULL
        AND i.stage_id = s.id AND i.lane_id = l.id AND i.deleted_at IS NULL) AS item_count
   FROM journey_maps m WHERE deleted_at IS NULL`;

export type SummaryRow = JourneyMapRow & { stage_count: number; item_count: number };

export const toSummary = (db: Database, r: SummaryRow): JourneySummary => ({
  ...toMapFields(r, mapPersonaIds(db, r.id)),
  stageCount: r.stage_count,
  itemCount: r.item_count,
});

export function listJourneyMaps(db: Database): JourneySummary[] {
  const rows = cachedStatement(db, `${SUMMARY_SQL} ORDER BY created_at, id`).all() as SummaryRow[];
  return rows.map((r) => toSummary(db, r));
}

/** One live map as the list shows it: what a change to the map itself answers, never its contents. */
export function journeySummary(db: Database, id: string): JourneySummary {
  const row = cachedStatement(db, `${SUMMARY_SQL} AND m.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new AppFailure('not_found', { what: `journey map ${id}` });
  return toSummary(db, row);
}

export interface NewMap {
  name: string;
  goal: string;
  state: 'current' | 'future';
  scale: 2 | 5;
  personaIds: readonly string[];
  template: TemplateId | 'empty';
  lang: Lang;
  sourceMapId?: string;
}

export function insertJourneyMap(db: Database, map: NewMap, now = new Date().toISOString()): string {
  const id = randomUUID();
  cachedStatement(db,
    `INSERT INTO journey_maps (id, name, goal, state, scale, lang, template, source_map_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, map.name, map.goal, map.state, map.scale, map.lang, map.template, map.sourceMapId ?? null, now, now);
  setMapPersonas(db, id, map.personaIds);
  return id;
}

/** A template gives its stages and the default lanes; an empty map gets the lanes only. */
export function createJourneyMap(db: Database, map: NewMap): string {
  const id = insertJourneyMap(db, map);
  if (map.template !== 'empty') for (const stage of journeyTemplate(map.template).stages) addStage(db, id, stage[map.lang]);
  for (const lane of defaultLanes) addLane(db, id, { name: lane[map.lang], kind: lane.kind });
  return id;
}

export function updateJourneyMap(
  db: Database,
  id: string,
  patch: { name?: string | undefined; goal?: string | undefined; state?: 'current' | 'future' | undefined; scale?: 2 | 5 | undefined; personaIds?: readonly string[] | undefined },
): void {
  const current = journeyMapRow(db, id);
  const now = new Date().toISOString();
  if (patch.personaIds) setMapPersonas(db, id, patch.personaIds);
  if (patch.scale !== undefined && patch.scale !== current.scale) {
    // Scores keep their meaning on the new scale: −2 on a ±2 map becomes −5 on a ±5 map, and back.
    cachedStatement(db, 'UPDATE journey_emotions SET score = CAST(round(score * ? / ?) AS INTEGER), updated_at = ? WHERE map_id = ?').run(
      patch.scale,
      current.scale * 1.0,
      now,
      id,
    );
  }
  cachedStatement(db,
    `UPDATE journey_maps SET name = coalesce(?, name), goal = coalesce(?, goal), state = coalesce(?, state),
       scale = coalesce(?, scale), updated_at = ? WHERE id = ?`,
  ).run(patch.name ?? null, patch.goal ?? null, patch.state ?? null, patch.scale ?? null, now, id);
}

export function deleteJourneyMap(db: Database, id: string): { id: string } {
  journeyMapRow(db, id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE journey_maps SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  return { id };
}
