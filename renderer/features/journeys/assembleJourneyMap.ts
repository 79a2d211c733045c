import { emotionId, type Entities } from '../../../shared/live/changeSet';
import type { JourneyEmotion, JourneyItem, JourneyLane, JourneyMap, JourneyStage } from '../../../shared/schema/journey';

type MapType = 'journey' | 'stage' | 'lane' | 'item' | 'emotion';

/** The store's tables a map is made of, each by id. */
export type MapTables = { [K in MapType]: Readonly<Record<string, Entities[K]>> };

const byPosition = (a: { position: number; id: string }, b: { position: number; id: string }) => a.position - b.position || a.id.localeCompare(b.id);

/**
 * The view's objects for store rows, made once per row object: the store keeps an unchanged row's
 * object, so an unchanged note keeps its object too and its memoised component skips rendering.
 */
function viewOf<R extends object, V>(make: (row: R) => V): (row: R) => V {
  const made = new WeakMap<R, V>();
  return (row) => {
    let view = made.get(row);
    if (view === undefined) made.set(row, (view = make(row)));
    return view;
  };
}

const stageOf = viewOf(({ id, name, position }: Entities['stage']): JourneyStage => ({ id, name, position }));
const laneOf = viewOf(({ id, kind, name, hidden, position }: Entities['lane']): JourneyLane => ({ id, kind, name, hidden, position }));
const emotionOf = viewOf(({ stageId, personaId, score, note }: Entities['emotion']): JourneyEmotion => ({ stageId, personaId, score, note }));
const itemOf = viewOf((row: Entities['item']): JourneyItem => {
  const { mapId: _mapId, ...item } = row;
  return item;
});

/**
 * One map as the view shows it, from the store's rows, the way journey.get reads it from the file:
 * live stages and lanes in order; notes whose stage and lane are live (a deleted stage hides its
 * notes), ordered by stage, lane and place; emotions of live stages for personas on the map.
 * Null until the map's row is in the store.
 */
export function assembleJourneyMap(tables: MapTables, mapId: string): JourneyMap | null {
  const summary = tables.journey[mapId];
  if (!summary) return null;
  const { stageCount: _stages, itemCount: _items, ...fields } = summary;
  const stageRows = Object.values(tables.stage).filter((s) => s.mapId === mapId).sort(byPosition);
  const laneRows = Object.values(tables.lane).filter((l) => l.mapId === mapId).sort(byPosition);
  const stageAt = new Map(stageRows.map((s, i) => [s.id, i]));
  const laneAt = new Map(laneRows.map((l, i) => [l.id, i]));
  const items = Object.values(tables.item)
    .filter((i) => i.mapId === mapId && stageAt.has(i.stageId) && laneAt.has(i.laneId))
    .sort(
      (a, b) =>
        stageAt.get(a.stageId)! - stageAt.get(b.stageId)! ||
        laneAt.get(a.laneId)! - laneAt.get(b.laneId)! ||
        a.position - b.position ||
        a.id.localeCompare(b.id),
    )
    .map(itemOf);
  const onMap = new Set(summary.personaIds);
  const emotions = Object.values(tables.emotion)
    .filter((e) => e.mapId === mapId && stageAt.has(e.stageId) && onMap.has(e.personaId))
    .sort((a, b) => stageAt.get(a.stageId)! - stageAt.get(b.stageId)! || (a.personaId < b.personaId ? -1 : a.personaId > b.personaId ? 1 : 0))
    .map(emotionOf);
  return { ...fields, stages: stageRows.map(stageOf), lanes: laneRows.map(laneOf), items, emotions };
}

/** A whole map (journey.get) as store rows: what its first load puts in. */
export function journeyMapRows(map: JourneyMap): { [K in MapType]: Entities[K][] } {
  const { stages, lanes, items, emotions, ...fields } = map;
  return {
    journey: [{ ...fields, stageCount: stages.length, itemCount: items.length }],
    stage: stages.map((s) => ({ ...s, mapId: map.id })),
    lane: lanes.map((l) => ({ ...l, mapId: map.id })),
    item: items.map((i) => ({ ...i, mapId: map.id })),
    emotion: emotions.map((e) => ({ ...e, id: emotionId(e.stageId, e.personaId), mapId: map.id })),
  };
}
