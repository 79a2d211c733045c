import type { Database } from 'better-sqlite3';
import { emotionId, type Entities, type EntityType } from '../../../shared/live/changeSet';
import type { JourneyLane } from '../../../shared/schema/journey';
import { cachedStatement } from '../store/cachedStatement';
import { SELECT as HIGHLIGHTS, toHighlight, type Row as HighlightRow } from '../store/highlightStore';
import { SUMMARY as INTERVIEWS, toSummary, type Row as InterviewRow } from '../store/interviewStore';
import { ITEM_COLUMNS, toJourneyItem, type JourneyItemRow } from '../store/journeyItemRow';
import { SUMMARY_SQL as JOURNEY_SUMMARY, toSummary as toJourneySummary, type SummaryRow as JourneySummaryRow } from '../store/journeyMapStore';
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
  journey: (db, ids) => (cachedStatement(db, `${JOURNEY_SUMMARY} AND m.id IN (${IDS})`).all(ids) as JourneySummaryRow[]).map((r) => toJourneySummary(db, r)),
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
