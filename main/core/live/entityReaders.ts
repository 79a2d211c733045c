import type { Database } from 'better-sqlite3';
import { emotionId, type Entities, type EntityType } from '../../../shared/live/changeSet';
import type { JourneyLane } from '../../../shared/schema/journey';
import { cachedStatement } from '../store/cachedStatement';
import { SELECT as HIGHLIGHTS, toHighlight, type Row as HighlightRow } from '../store/highlightStore';
import { SUMMARY as INTERVIEWS, toSummary, type Row as InterviewRow } from '../store/interviewStore';
import { ITEM_COLUMNS, toJourneyItem, type JourneyItemRow } from '../store/journeyItemRow';
import { MAP_COLUMNS, type JourneyMapRow } from '../store/journeyMapRow';
import { mapPersonaIds, toMapFields } from '../store/journeyMapStore';
import { COLUMNS as PERSONA_COLUMNS, toPersona, type PersonaRow } from '../store/personaStore';
import { SELECT as TAGS } from '../store/tagStore';

/** Reads the live rows among `ids`, shaped as clients hold them; an id with no live row is simply absent. */
type Reader<K extends EntityType> = (db: Database, ids: string) => Entities[K][];

const IDS = 'SELECT value FROM json_each(?)';

const readers: { [K in EntityType]: Reader<K> } = {
  persona: (db, ids) =>
    (cachedStatement(db, `SELECT ${PERSONA_COLUMNS} FROM personas WHERE id IN (${IDS}) AND deleted_at IS NULL`).all(ids) as PersonaRow[]).map(toPersona),
  interview: (db, ids) =>
    (cachedStatement(db, `${INTERVIEWS} WHERE i.id IN (${IDS}) AND i.deleted_at IS NULL`).all(ids) as InterviewRow[]).map(toSummary),
  tag: (db, ids) => cachedStatement(db, `${TAGS} WHERE t.id IN (${IDS})`).all(ids) as Entities['tag'][],
  highlight: (db, ids) => (cachedStatement(db, `${HIGHLIGHTS} WHERE h.id IN (${IDS})`).all(ids) as HighlightRow[]).map(toHighlight),
  journey: (db, ids) =>
    (
      cachedStatement(
        db,
        `SELECT ${MAP_COLUMNS},
           (SELECT count(*) FROM journey_stages s WHERE s.map_id = m.id AND s.deleted_at IS NULL) AS stage_count,
           (SELECT count(*) FROM journey_items i
              JOIN journey_stages s ON s.id = i.stage_id AND s.deleted_at IS NULL
              JOIN journey_lanes l ON l.id = i.lane_id AND l.deleted_at IS NULL
            WHERE i.map_id = m.id AND i.deleted_at IS NULL) AS item_count
         FROM journey_maps m WHERE id IN (${IDS}) AND deleted_at IS NULL`,
      ).all(ids) as (JourneyMapRow & { stage_count: number; item_count: number })[]
    ).map((r) => ({ ...toMapFields(r, mapPersonaIds(db, r.id)), stageCount: r.stage_count, itemCount: r.item_count })),
  stage: (db, ids) =>
    cachedStatement(db, `SELECT id, map_id AS mapId, name, position FROM journey_stages WHERE id IN (${IDS}) AND deleted_at IS NULL`).all(ids) as Entities['stage'][],
  lane: (db, ids) =>
    (
      cachedStatement(db, `SELECT id, map_id AS mapId, kind, name, hidden, position FROM journey_lanes WHERE id IN (${IDS}) AND deleted_at IS NULL`).all(ids) as (Omit<
        JourneyLane,
        'hidden'
      > & { mapId: string; hidden: number })[]
    ).map((l) => ({ ...l, hidden: l.hidden === 1 })),
  item: (db, ids) => {
    const rows = cachedStatement(db, `SELECT ${ITEM_COLUMNS}, i.map_id FROM journey_items i WHERE i.id IN (${IDS}) AND i.deleted_at IS NULL`).all(ids) as (JourneyItemRow & {
      map_id: string;
    })[];
    const links = cachedStatement(
      db,
      `SELECT e.item_id, e.highlight_id FROM map_item_evidence e
       JOIN highlights h ON h.id = e.highlight_id
       JOIN interviews iv ON iv.id = h.interview_id AND iv.deleted_at IS NULL
       WHERE e.item_id IN (${IDS}) ORDER BY e.created_at, e.highlight_id`,
    )
      .raw()
      .all(ids) as [string, string][];
    const evidence = new Map<string, string[]>();
    for (const [itemId, highlightId] of links) evidence.set(itemId, [...(evidence.get(itemId) ?? []), highlightId]);
    return rows.map((r) => ({ ...toJourneyItem(r, evidence.get(r.id) ?? []), mapId: r.map_id }));
  },
  emotion: (db, ids) =>
    (
      cachedStatement(
        db,
        `SELECT e.stage_id AS stageId, e.persona_id AS personaId, e.score, e.note, e.map_id AS mapId FROM journey_emotions e
         JOIN json_each(?) j ON e.stage_id = substr(j.value, 1, 36) AND e.persona_id = substr(j.value, 38)`,
      ).all(ids) as Omit<Entities['emotion'], 'id'>[]
    ).map((e) => ({ ...e, id: emotionId(e.stageId, e.personaId) })),
};

export function readEntities<K extends EntityType>(db: Database, type: K, ids: readonly string[]): Entities[K][] {
  return (readers[type] as Reader<K>)(db, JSON.stringify(ids));
}
