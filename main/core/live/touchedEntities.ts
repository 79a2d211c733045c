import type { Database } from 'better-sqlite3';
import type { EntityType } from '../../../shared/live/changeSet';
import { emotionId } from '../../../shared/live/changeSet';
import { cachedStatement } from '../store/cachedStatement';
import type { TouchedRow } from './rowImages';

export type Touched = { [K in EntityType]: Set<string> };

/** Ids a client must read again: the same id from another table only once. */
export const emptyTouched = (): Touched => ({
  persona: new Set(),
  interview: new Set(),
  tag: new Set(),
  highlight: new Set(),
  journey: new Set(),
  stage: new Set(),
  lane: new Set(),
  item: new Set(),
  emotion: new Set(),
});

const ids = (db: Database, sql: string, id: unknown): string[] => cachedStatement(db, sql).pluck().all(id) as string[];

/**
 * Which entities a changed row shows in. A row's own entity, and the entities that show something
 * derived from it: a tag's count of highlights, a highlight's interview title, a sticky's citations
 * (hidden while the cited interview is deleted), a map's personas (hidden while a persona is).
 * A row deleted for good is followed through its last image, which deletes always record.
 */
export function touchedEntities(db: Database, rows: readonly TouchedRow[]): Touched {
  const t = emptyTouched();
  for (const r of rows) {
    const [a, b] = r.key as [string, string];
    switch (r.tbl) {
      case 'personas':
        t.persona.add(a);
        for (const m of ids(db, 'SELECT map_id FROM journey_map_personas WHERE persona_id = ?', a)) t.journey.add(m);
        for (const e of ids(db, "SELECT stage_id || ':' || persona_id FROM journey_emotions WHERE persona_id = ?", a)) t.emotion.add(e);
        for (const i of ids(db, 'SELECT interview_id FROM interview_personas WHERE persona_id = ?', a)) t.interview.add(i);
        break;
      case 'interviews':
        t.interview.add(a);
        for (const h of ids(db, 'SELECT id FROM highlights WHERE interview_id = ?', a)) t.highlight.add(h);
        for (const i of ids(db, 'SELECT e.item_id FROM map_item_evidence e JOIN highlights h ON h.id = e.highlight_id WHERE h.interview_id = ?', a)) t.item.add(i);
        for (const g of ids(db, 'SELECT DISTINCT ht.tag_id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id WHERE h.interview_id = ?', a)) t.tag.add(g);
        break;
      case 'interview_personas':
        t.interview.add(a);
        for (const h of ids(db, 'SELECT id FROM highlights WHERE interview_id = ?', a)) t.highlight.add(h);
        break;
      case 'tags':
        t.tag.add(a);
        break;
      case 'highlights':
        t.highlight.add(a);
        for (const i of r.gone ? [String(r.gone.interview_id)] : ids(db, 'SELECT interview_id FROM highlights WHERE id = ?', a)) t.interview.add(i);
        for (const i of ids(db, 'SELECT item_id FROM map_item_evidence WHERE highlight_id = ?', a)) t.item.add(i);
        break;
      case 'highlight_tags':
        t.highlight.add(a);
        t.tag.add(b);
        break;
      case 'journey_maps':
        t.journey.add(a);
        break;
      case 'journey_map_personas':
        t.journey.add(a);
        break;
      case 'journey_stages':
        t.stage.add(a);
        for (const m of r.gone ? [String(r.gone.map_id)] : ids(db, 'SELECT map_id FROM journey_stages WHERE id = ?', a)) t.journey.add(m);
        break;
      case 'journey_lanes':
        t.lane.add(a);
        for (const m of r.gone ? [String(r.gone.map_id)] : ids(db, 'SELECT map_id FROM journey_lanes WHERE id = ?', a)) t.journey.add(m);
        break;
      case 'journey_items':
        t.item.add(a);
        if (r.inserted || r.deleted) for (const m of r.gone ? [String(r.gone.map_id)] : ids(db, 'SELECT map_id FROM journey_items WHERE id = ?', a)) t.journey.add(m);
        break;
      case 'journey_emotions':
        t.emotion.add(emotionId(a, b));
        break;
      case 'map_item_evidence':
        t.item.add(a);
        break;
    }
  }
  return t;
}
