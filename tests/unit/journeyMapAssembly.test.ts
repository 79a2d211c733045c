import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emotionId, type ChangeSet, type Entities } from '../../shared/live/changeSet';
import type { JourneyMap } from '../../shared/schema/journey';
import { assembleJourneyMap, journeyMapRows, type MapTables } from '../../renderer/features/journeys/assembleJourneyMap';
import { notesOf } from './support/notesFixture';
import { getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';

type MapType = keyof MapTables;
const MAP_TYPES: MapType[] = ['journey', 'stage', 'lane', 'item', 'emotion'];

function tablesOf(map: JourneyMap): MapTables {
  const rows = journeyMapRows(map);
  const tables = {} as Record<MapType, Record<string, { id: string }>>;
  for (const type of MAP_TYPES) tables[type] = Object.fromEntries(rows[type].map((r) => [r.id, r]));
  return tables as MapTables;
}

/** What the client store does with a change set, for the map's tables. */
function apply(tables: MapTables, cs: ChangeSet): MapTables {
  const next = { ...tables } as Record<MapType, Record<string, { id: string }>>;
  for (const type of MAP_TYPES) {
    const change = cs.changes[type] as { added: { id: string }[]; updated: { id: string }[]; removed: string[] } | undefined;
    if (!change) continue;
    const table = { ...next[type] };
    for (const id of change.removed) delete table[id];
    for (const row of [...change.added, ...change.updated]) table[row.id] = row;
    next[type] = table;
  }
  return next as MapTables;
}

const summary = (over: Partial<Entities['journey']> = {}): Entities['journey'] => ({
  id: 'm1',
  name: 'Mapa',
  goal: '',
  state: 'current',
  scale: 5,
  lang: 'pl',
  template: 'empty',
  sourceMapId: null,
  personaIds: ['p1'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  stageCount: 2,
  itemCount: 3,
  ...over,
});

const item = (id: string, stageId: string, laneId: string, position: number, mapId = 'm1'): Entities['item'] => ({
  id,
  mapId,
  stageId,
  laneId,
  position,
  text: id,
  colour: '#fff59d',
  owner: null,
  channelId: null,
  kpi: null,
  highlightIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('a map view assembled from the store rows', () => {
  it('orders stages, lanes and notes; hides what a deleted stage holds, other maps and personas off the map', () => {
    const tables: MapTables = {
      journey: { m1: summary() },
      stage: { s2: { id: 's2', mapId: 'm1', name: 'B', position: 1 }, s1: { id: 's1', mapId: 'm1', name: 'A', position: 0 }, x: { id: 'x', mapId: 'm2', name: 'X', position: 0 } },
      lane: { l2: { id: 'l2', mapId: 'm1', kind: 'pains', name: 'P', hidden: true, position: 1 }, l1: { id: 'l1', mapId: 'm1', kind: 'actions', name: 'D', hidden: false, position: 0 } },
      item: {
        c: item('c', 's2', 'l1', 0),
        b: item('b', 's1', 'l2', 0),
        a2: item('a2', 's1', 'l1', 1),
        a1: item('a1', 's1', 'l1', 0),
        // On a stage in the trash: the note stays stored and shows again when the stage comes back.
        gone: item('gone', 's-deleted', 'l1', 0),
        other: item('other', 'x', 'l1', 0, 'm2'),
      },
      emotion: {
        [emotionId('s2', 'p1')]: { id: emotionId('s2', 'p1'), mapId: 'm1', stageId: 's2', personaId: 'p1', score: -2, note: '' },
        [emotionId('s1', 'p1')]: { id: emotionId('s1', 'p1'), mapId: 'm1', stageId: 's1', personaId: 'p1', score: 3, note: 'ok' },
        [emotionId('s1', 'p-off')]: { id: emotionId('s1', 'p-off'), mapId: 'm1', stageId: 's1', personaId: 'p-off', score: 1, note: '' },
      },
    };
    const map = assembleJourneyMap(tables, 'm1')!;
    expect(map.stages.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(map.stages[0]).toEqual({ id: 's1', name: 'A', position: 0 });
    expect(map.lanes.map((l) => [l.id, l.hidden])).toEqual([['l1', false], ['l2', true]]);
    expect(map.items.map((i) => i.id)).toEqual(['a1', 'a2', 'b', 'c']);
    expect(map.items[0]).not.toHaveProperty('mapId');
    expect(map.emotions).toEqual([
      { stageId: 's1', personaId: 'p1', score: 3, note: 'ok' },
      { stageId: 's2', personaId: 'p1', score: -2, note: '' },
    ]);
    expect(map).not.toHaveProperty('itemCount');
    expect(assembleJourneyMap(tables, 'm-missing')).toBeNull();
  });

  it('is journey.get after every edit from two windows, undo, deleted stages and lanes and a deleted interview', async () => {
    const { studio, personaId } = await journeyStudio('pl');
    const created = await newMap(studio, { name: 'Na żywo', template: 'five-stages', personaIds: [personaId] });
    let tables = tablesOf(created);
    // A window that opens the map later, while a stage and a lane are in the trash.
    let late: MapTables | null = null;
    expect(assembleJourneyMap(tables, created.id)).toEqual(created);
    const step = async (op: string, input: unknown, clientId = 'map-window-a') => {
      const r = await studio.dispatcher.dispatch(op, input, clientId);
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
      if (r.changes) {
        tables = apply(tables, r.changes);
        if (late) late = apply(late, r.changes);
      }
      if (op === 'journey.delete') return r.value as { changedId: string };
      const stored = await getMap(studio, created.id);
      expect(assembleJourneyMap(tables, created.id), `after ${op}`).toEqual(stored);
      if (late) expect(assembleJourneyMap(late, created.id), `after ${op}, opened late`).toEqual(stored);
      return r.value as { changedId: string };
    };
    const [s0, s1, s2] = created.stages;
    const pains = laneOf(created, 'pains');
    const needs = laneOf(created, 'needs');
    const a = (await step('item.create', { stageId: s0!.id, laneId: pains.id, text: 'Cena' })).changedId;
    const b = (await step('item.create', { stageId: s0!.id, laneId: pains.id, text: 'Dojazd', index: 0 }, 'map-window-b')).changedId;
    await step('item.create', { stageId: s1!.id, laneId: needs.id, text: 'Leasing' });
    await step('item.move', { id: a, stageId: s1!.id, laneId: needs.id, index: 0 });
    await step('item.move', { id: b, index: 5 }, 'map-window-b');
    await step('emotion.set', { stageId: s1!.id, personaId, score: -4, note: 'Drogo' });
    await step('emotion.set', { stageId: s1!.id, personaId, score: -3 });
    await step('stage.delete', { id: s1!.id });
    await step('lane.delete', { id: needs.id }, 'map-window-b');
    late = tablesOf(await getMap(studio, created.id));
    await step('history.undo', {});
    await step('history.undo', {}, 'map-window-b');
    await step('history.redo', {}, 'map-window-b');
    await step('history.undo', {}, 'map-window-b');
    late = null;
    await step('stage.move', { id: s2!.id, index: 0 });
    await step('lane.update', { id: pains.id, name: 'Bóle', hidden: true });
    await step('journey.update', { id: created.id, name: 'Na żywo 2', scale: 2 });

    const interview = await studio.ok('interview.create', { title: 'Salon' });
    const highlightId = randomUUID();
    await studio.ok('highlight.create', { id: highlightId, interviewId: interview.id, quote: 'za drogo', tagIds: [], notes: notesOf([['za drogo', highlightId]]), baseVersion: 0 });
    await step('evidence.link', { itemId: a, highlightId });
    // The badge follows the interview into the trash and back.
    await step('interview.delete', { id: interview.id }, 'map-window-b');
    expect(assembleJourneyMap(tables, created.id)!.items.find((i) => i.id === a)?.highlightIds).toEqual([]);
    await step('history.undo', {}, 'map-window-b');
    expect(assembleJourneyMap(tables, created.id)!.items.find((i) => i.id === a)?.highlightIds).toEqual([highlightId]);
    await step('highlight.delete', { id: highlightId });
    await step('history.undo', {});
    expect(assembleJourneyMap(tables, created.id)!.items.find((i) => i.id === a)?.highlightIds).toEqual([highlightId]);
    await step('journey.update', { id: created.id, personaIds: [] });
    late = tablesOf(await getMap(studio, created.id));
    await step('history.undo', {});
    late = null;
    await step('journey.delete', { id: created.id });
    expect(assembleJourneyMap(tables, created.id)).toBeNull();
  }, 30_000);
});
