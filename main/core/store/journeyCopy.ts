import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { TemplateId } from '../../../shared/journey/journeyTemplates';
import { journeyMapRow } from './journeyMapRow';
import { insertJourneyMap, mapPersonaIds } from './journeyMapStore';
import { cachedStatement } from './cachedStatement';

/**
 * A future map starts as an independent deep copy of what is live on its source: stages, lanes,
 * notes with their values and evidence, and the emotion curves. Deleted parts are not copied.
 */
export function copyJourneyMap(db: Database, sourceId: string, name: string): string {
  const src = journeyMapRow(db, sourceId);
  const now = new Date().toISOString();
  const id = insertJourneyMap(
    db,
    {
      name,
      goal: src.goal,
      state: 'future',
      scale: src.scale,
      personaIds: mapPersonaIds(db, sourceId),
      template: src.template as TemplateId | 'empty',
      lang: src.lang,
      sourceMapId: sourceId,
    },
    now,
  );
  const newIds = new Map<string, string>();
  const fresh = (old: string) => {
    const created = randomUUID();
    newIds.set(old, created);
    return created;
  };
  const stages = cachedStatement(db, 'SELECT id, name, position FROM journey_stages WHERE map_id = ? AND deleted_at IS NULL').all(sourceId) as {
    id: string;
    name: string;
    position: number;
  }[];
  const addStage = cachedStatement(db, 'INSERT INTO journey_stages (id, map_id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of stages) addStage.run(fresh(s.id), id, s.name, s.position, now, now);
  const lanes = cachedStatement(db, 'SELECT id, kind, name, hidden, position FROM journey_lanes WHERE map_id = ? AND deleted_at IS NULL')
    .all(sourceId) as { id: string; kind: string; name: string; hidden: number; position: number }[];
  const addLane = cachedStatement(db,
    'INSERT INTO journey_lanes (id, map_id, kind, name, hidden, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const l of lanes) addLane.run(fresh(l.id), id, l.kind, l.name, l.hidden, l.position, now, now);
  const items = cachedStatement(db,
      `SELECT i.id, i.stage_id, i.lane_id, i.text, i.colour, i.owner, i.channel_id, i.kpi_metric, i.kpi_label, i.kpi_unit,
              i.kpi_target, i.kpi_actual, i.position
       FROM journey_items i
       JOIN journey_stages s ON s.id = i.stage_id AND s.deleted_at IS NULL
       JOIN journey_lanes l ON l.id = i.lane_id AND l.deleted_at IS NULL
       WHERE i.map_id = ? AND i.deleted_at IS NULL`,
    )
    .all(sourceId) as Record<string, string | number | null>[];
  const addItem = cachedStatement(db,
    `INSERT INTO journey_items (id, map_id, stage_id, lane_id, text, colour, owner, channel_id, kpi_metric, kpi_label, kpi_unit,
       kpi_target, kpi_actual, position, created_at, updated_at)
     VALUES (@newId, @mapId, @newStage, @newLane, @text, @colour, @owner, @channel_id, @kpi_metric, @kpi_label, @kpi_unit,
       @kpi_target, @kpi_actual, @position, @now, @now)`,
  );
  for (const i of items) {
    addItem.run({ ...i, newId: fresh(i.id as string), mapId: id, newStage: newIds.get(i.stage_id as string), newLane: newIds.get(i.lane_id as string), now });
  }
  const links = cachedStatement(db, 'SELECT e.item_id, e.highlight_id, e.created_at FROM map_item_evidence e JOIN journey_items i ON i.id = e.item_id WHERE i.map_id = ?')
    .all(sourceId) as { item_id: string; highlight_id: string; created_at: string }[];
  const addLink = cachedStatement(db, 'INSERT INTO map_item_evidence (item_id, highlight_id, created_at) VALUES (?, ?, ?)');
  for (const link of links) {
    const item = newIds.get(link.item_id);
    if (item) addLink.run(item, link.highlight_id, link.created_at);
  }
  // Every stored curve is copied, also of personas now off the map, so re-adding one restores it on both.
  const emotions = cachedStatement(db, 'SELECT stage_id, persona_id, score, note FROM journey_emotions WHERE map_id = ?').all(sourceId) as {
    stage_id: string;
    persona_id: string;
    score: number;
    note: string;
  }[];
  const addEmotion = cachedStatement(db, 'INSERT INTO journey_emotions (stage_id, persona_id, map_id, score, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of emotions) {
    const stage = newIds.get(e.stage_id);
    if (stage) addEmotion.run(stage, e.persona_id, id, e.score, e.note, now);
  }
  return id;
}
