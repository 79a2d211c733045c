import type { Database } from 'better-sqlite3';
import type { JourneyEmotion, JourneyLane, JourneyMap, JourneyStage } from '../../../shared/schema/journey';
import { ITEM_COLUMNS, toJourneyItem, type JourneyItemRow } from './journeyItemRow';
import { journeyMapRow } from './journeyMapRow';
import { mapPersonaIds, toMapFields } from './journeyMapStore';
import { cachedStatement } from './cachedStatement';

/** The whole map in a handful of indexed queries, so the view renders from one call. */
export function loadJourneyMap(db: Database, id: string): JourneyMap {
  const row = journeyMapRow(db, id);
  const personaIds = mapPersonaIds(db, id);
  const stages = cachedStatement(db, 'SELECT id, name, position FROM journey_stages WHERE map_id = ? AND deleted_at IS NULL ORDER BY position')
    .all(id) as JourneyStage[];
  const lanes = (
    cachedStatement(db, 'SELECT id, kind, name, hidden, position FROM journey_lanes WHERE map_id = ? AND deleted_at IS NULL ORDER BY position')
      .all(id) as (Omit<JourneyLane, 'hidden'> & { hidden: number })[]
  ).map((l) => ({ ...l, hidden: l.hidden === 1 }));
  const evidence = new Map<string, string[]>();
  const links = cachedStatement(db,
      `SELECT e.item_id, e.highlight_id FROM map_item_evidence e
       JOIN journey_items i ON i.id = e.item_id AND i.map_id = ?
       JOIN highlights h ON h.id = e.highlight_id
       JOIN interviews iv ON iv.id = h.interview_id AND iv.deleted_at IS NULL
       ORDER BY e.created_at, e.highlight_id`,
    )
    .raw()
    .all(id) as [string, string][];
  for (const [itemId, highlightId] of links) {
    const list = evidence.get(itemId);
    if (list) list.push(highlightId);
    else evidence.set(itemId, [highlightId]);
  }
  const items = (
    cachedStatement(db,
        `SELECT ${ITEM_COLUMNS} FROM journey_items i
         JOIN journey_stages s ON s.id = i.stage_id AND s.deleted_at IS NULL
         JOIN journey_lanes l ON l.id = i.lane_id AND l.deleted_at IS NULL
         WHERE i.map_id = ? AND i.deleted_at IS NULL
         ORDER BY s.position, l.position, i.position`,
      )
      .all(id) as JourneyItemRow[]
  ).map((r) => toJourneyItem(r, evidence.get(r.id) ?? []));
  const onMap = new Set(personaIds);
  const emotions = (
    cachedStatement(db,
        `SELECT e.stage_id AS stageId, e.persona_id AS personaId, e.score, e.note FROM journey_emotions e
         JOIN journey_stages s ON s.id = e.stage_id AND s.deleted_at IS NULL
         WHERE e.map_id = ? ORDER BY s.position, e.persona_id`,
      )
      .all(id) as JourneyEmotion[]
  ).filter((e) => onMap.has(e.personaId));
  return { ...toMapFields(row, personaIds), stages, lanes, items, emotions };
}
