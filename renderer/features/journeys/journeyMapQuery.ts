import type { EntityType } from '../../../shared/live/changeSet';
import type { JourneyMap } from '../../../shared/schema/journey';
import { invoke } from '../../api';
import { replaceRows, type EntityTables } from '../../data/applyChanges';
import { studio } from '../../data/studio';
import { journeyMapRows } from './assembleJourneyMap';

/** The tables one map's first load fills; change sets keep them current after it. */
export const MAP_TYPES = ['journey', 'stage', 'lane', 'item', 'emotion'] as const satisfies readonly EntityType[];

export const mapQueryKey = (mapId: string) => `journey:${mapId}`;

/** journey.get's answer in place of every row the store held of that map. */
export function putJourneyMap(tables: EntityTables, map: JourneyMap): EntityTables {
  const rows = journeyMapRows(map);
  let next = replaceRows(tables, 'journey', (r) => r.id === map.id, rows.journey);
  next = replaceRows(next, 'stage', (r) => r.mapId === map.id, rows.stage);
  next = replaceRows(next, 'lane', (r) => r.mapId === map.id, rows.lane);
  next = replaceRows(next, 'item', (r) => r.mapId === map.id, rows.item);
  return replaceRows(next, 'emotion', (r) => r.mapId === map.id, rows.emotion);
}

/** Reads a map whole once per project; after that it is kept by change sets, not read again. */
export function loadJourneyMap(mapId: string): Promise<void> {
  return studio.load(mapQueryKey(mapId), MAP_TYPES, () => invoke('journey.get', { id: mapId }), putJourneyMap);
}
