import type { Database } from 'better-sqlite3';

/** A journey map as prints and reports draw it: live rows only, stages and lanes in their order, hidden lanes left out. */
export interface MapModel {
  id: string;
  name: string;
  goal: string;
  scale: number;
  stages: { id: string; name: string }[];
  lanes: { id: string; name: string; kind: string }[];
  items: { stageId: string; laneId: string; text: string; colour: string }[];
  personas: { id: string; name: string }[];
  scores: { stageId: string; personaId: string; score: number }[];
}

type Row = Record<string, unknown>;

/** The map, or undefined when there is none of that id (or it was deleted). */
export function readMapModel(db: Database, id: string): MapModel | undefined {
  const all = (sql: string) => db.prepare(sql).all(id) as Row[];
  const map = db.prepare('SELECT id, name, goal, scale FROM journey_maps WHERE id = ? AND deleted_at IS NULL').get(id) as Row | undefined;
  if (!map) return undefined;
  return {
    id,
    name: map.name as string,
    goal: map.goal as string,
    scale: map.scale as number,
    stages: all('SELECT id, name FROM journey_stages WHERE map_id = ? AND deleted_at IS NULL ORDER BY position').map((s) => ({ id: s.id as string, name: s.name as string })),
    lanes: all('SELECT id, name, kind FROM journey_lanes WHERE map_id = ? AND deleted_at IS NULL AND hidden = 0 ORDER BY position').map((l) => ({
      id: l.id as string,
      name: l.name as string,
      kind: l.kind as string,
    })),
    items: all(
      `SELECT i.stage_id, i.lane_id, i.text, i.colour FROM journey_items i
       JOIN journey_stages s ON s.id = i.stage_id AND s.deleted_at IS NULL
       JOIN journey_lanes l ON l.id = i.lane_id AND l.deleted_at IS NULL
       WHERE i.map_id = ? AND i.deleted_at IS NULL ORDER BY i.position, i.created_at`,
    ).map((i) => ({ stageId: i.stage_id as string, laneId: i.lane_id as string, text: i.text as string, colour: i.colour as string })),
    personas: all(
      'SELECT p.id, p.name FROM journey_map_personas mp JOIN personas p ON p.id = mp.persona_id AND p.deleted_at IS NULL WHERE mp.map_id = ? ORDER BY mp.position',
    ).map((p) => ({ id: p.id as string, name: p.name as string })),
    scores: all('SELECT stage_id, persona_id, score FROM journey_emotions WHERE map_id = ?').map((e) => ({
      stageId: e.stage_id as string,
      personaId: e.persona_id as string,
      score: e.score as number,
    })),
  };
}
