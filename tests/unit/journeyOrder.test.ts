import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/schema/journey';
import { asWindow, cellItems, densityProblems, getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';

const place = (ids: readonly string[], id: string, index: number) => {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(index, rest.length), 0, id);
  return rest;
};

/** What the map should look like: live stages and lanes in order, and every cell's notes in order. */
class Model {
  stages: string[];
  lanes: string[];
  cells = new Map<string, string[]>();

  constructor(map: JourneyMap) {
    this.stages = map.stages.map((s) => s.id);
    this.lanes = map.lanes.map((l) => l.id);
    for (const item of map.items) this.cell(`${item.stageId}|${item.laneId}`).push(item.id);
  }

  cell(key: string): string[] {
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    return list;
  }

  itemCell(id: string): string {
    for (const [key, ids] of this.cells) if (ids.includes(id)) return key;
    throw new Error(`lost ${id}`);
  }

  visibleItems(): string[] {
    return [...this.cells].flatMap(([key, ids]) => {
      const [s, l] = key.split('|') as [string, string];
      return this.stages.includes(s) && this.lanes.includes(l) ? ids : [];
    });
  }
}

const cmd = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('moveItem' as const), i: fc.nat(), s: fc.nat(), l: fc.nat(), idx: fc.nat(12) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('moveStage' as const), i: fc.nat(), idx: fc.nat(8) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('moveLane' as const), i: fc.nat(), idx: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('createItem' as const), s: fc.nat(), l: fc.nat(), idx: fc.nat(12) }) },
  // Half the deletes are undone at once: the note or stage must come back at its place.
  { weight: 2, arbitrary: fc.record({ t: fc.constant('deleteItem' as const), i: fc.nat(), undo: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('deleteStage' as const), i: fc.nat(), undo: fc.boolean() }) },
);

function check(map: JourneyMap, model: Model): void {
  expect(densityProblems(map)).toEqual([]);
  expect(map.stages.map((s) => s.id)).toEqual(model.stages);
  expect(map.lanes.map((l) => l.id)).toEqual(model.lanes);
  expect(map.items.map((i) => i.id).sort()).toEqual(model.visibleItems().sort());
  for (const s of model.stages) for (const l of model.lanes) expect(cellItems(map, s, l).map((i) => i.id)).toEqual(model.cells.get(`${s}|${l}`) ?? []);
}

describe('journey map order stays dense through any sequence of edits', () => {
  it('1,000 random moves, creates, deletes and undone deletes of notes, stages and lanes (property)', async () => {
    const { studio } = await journeyStudio();
    const call = asWindow(studio);
    const start = await newMap(studio, { name: 'Order', template: 'five-stages' });
    // Four note lanes are enough to exercise cells; fewer lanes keep every step fast. The emotions
    // lane holds the curve, not notes, so it goes too.
    for (const lane of start.lanes.filter((l, i) => i >= 5 || l.kind === 'emotions')) await studio.ok('lane.delete', { id: lane.id });
    let map = await studio.ok('journey.get', { id: start.id });
    let n = 0;
    for (const s of map.stages) for (const l of map.lanes) for (let k = 0; k < 2; k++) await call('item.create', { stageId: s.id, laneId: l.id, text: `n${n++}` });
    map = await getMap(studio, map.id);
    const model = new Model(map);
    check(map, model);

    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 1000, maxLength: 1000 }), async (cmds) => {
        for (const c of cmds) {
          const visible = model.visibleItems();
          const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
          switch (c.t) {
            case 'moveItem': {
              if (!visible.length) continue;
              const id = pick(visible, c.i);
              const stageId = pick(model.stages, c.s);
              const laneId = pick(model.lanes, c.l);
              const from = model.itemCell(id);
              const to = `${stageId}|${laneId}`;
              model.cells.set(from, model.cell(from).filter((x) => x !== id));
              model.cells.set(to, place(model.cell(to), id, c.idx));
              await call('item.move', { id, stageId, laneId, index: c.idx });
              map = await getMap(studio, map.id);
              break;
            }
            case 'moveStage': {
              const id = pick(model.stages, c.i);
              model.stages = place(model.stages, id, c.idx);
              await call('stage.move', { id, index: c.idx });
              map = await getMap(studio, map.id);
              break;
            }
            case 'moveLane': {
              const id = pick(model.lanes, c.i);
              model.lanes = place(model.lanes, id, c.idx);
              await call('lane.move', { id, index: c.idx });
              map = await getMap(studio, map.id);
              break;
            }
            case 'createItem': {
              const stageId = pick(model.stages, c.s);
              const laneId = pick(model.lanes, c.l);
              const r = await call('item.create', { stageId, laneId, text: `n${n++}`, index: c.idx });
              const key = `${stageId}|${laneId}`;
              model.cells.set(key, place(model.cell(key), r.changedId, c.idx));
              map = await getMap(studio, map.id);
              break;
            }
            case 'deleteItem': {
              if (!visible.length) continue;
              const id = pick(visible, c.i);
              const cell = model.itemCell(id);
              await call('item.delete', { id });
              if (c.undo) expect((await call('history.undo', {})).op).toBe('item.delete');
              else model.cells.set(cell, model.cell(cell).filter((x) => x !== id));
              map = await getMap(studio, map.id);
              break;
            }
            case 'deleteStage': {
              if (model.stages.length <= 2) continue;
              const id = pick(model.stages, c.i);
              await call('stage.delete', { id });
              if (c.undo) expect((await call('history.undo', {})).op).toBe('stage.delete');
              else model.stages = model.stages.filter((x) => x !== id);
              map = await getMap(studio, map.id);
              break;
            }
          }
          check(map, model);
        }
      }),
      { numRuns: 1, seed: 20261124, endOnFailure: true },
    );
    expect(await studio.ok('journey.get', { id: map.id })).toEqual(map);
  }, 120_000);

  it('a deleted stage takes its notes and emotions away and undo brings them back in place', async () => {
    const { studio, personaId } = await journeyStudio();
    const call = asWindow(studio);
    const map = await newMap(studio, { name: 'Salon', template: 'three-stages', personaIds: [personaId] });
    const [first, middle, last] = map.stages as [JourneyMap['stages'][number], JourneyMap['stages'][number], JourneyMap['stages'][number]];
    const pains = laneOf(map, 'pains');
    const a = await call('item.create', { stageId: middle.id, laneId: pains.id, text: 'Kolejka w salonie' });
    await call('item.create', { stageId: middle.id, laneId: pains.id, text: 'Brak cen' });
    await call('emotion.set', { stageId: middle.id, personaId, score: -3 });
    const before = await getMap(studio, map.id);

    const deleted = await call('stage.delete', { id: middle.id });
    expect(deleted).toEqual({ changedId: middle.id });
    const without = await getMap(studio, map.id);
    expect(without.stages.map((s) => [s.name, s.position])).toEqual([[first.name, 0], [last.name, 1]]);
    expect(without.items).toEqual([]);
    expect(without.emotions).toEqual([]);
    expect((await studio.ok('search.query', { q: 'kolejka' })).hits).toEqual([]);
    expect((await studio.ok('journey.list', {}))[0]?.itemCount).toBe(0);

    expect((await call('history.undo', {})).op).toBe('stage.delete');
    const restored = await getMap(studio, map.id);
    expect(restored.stages).toEqual(before.stages);
    expect(restored.items).toEqual(before.items);
    expect([...restored.items].sort((x, y) => x.position - y.position).map((i) => i.text)).toEqual(['Kolejka w salonie', 'Brak cen']);
    expect(restored.emotions).toEqual(before.emotions);
    expect((await studio.ok('search.query', { q: 'kolejka' })).hits.map((h) => [h.kind, h.refId, h.mapId, h.title])).toEqual([
      ['item', a.changedId, map.id, 'Salon'],
    ]);
    // Redo deletes it again; the stage's restore is the undo, there is no operation of its own.
    expect((await call('history.redo', {})).op).toBe('stage.delete');
    expect((await getMap(studio, map.id)).stages).toHaveLength(2);
    expect((await studio.call('stage.restore' as never, { id: middle.id })).ok || 'refused').toBe('refused');
  });

  it('a deleted lane and a deleted note come back at their places on undo; hidden lanes stay in the payload', async () => {
    const { studio } = await journeyStudio();
    const call = asWindow(studio);
    const map = await newMap(studio, { name: 'Lanes', template: 'three-stages' });
    const thoughts = laneOf(map, 'thoughts');
    const note = await call('item.create', { stageId: map.stages[0]!.id, laneId: thoughts.id, text: 'Czy to się opłaca?' });
    await call('lane.delete', { id: thoughts.id });
    await call('history.undo', {});
    const back = await getMap(studio, map.id);
    expect(back.lanes.map((l) => l.id)).toEqual(map.lanes.map((l) => l.id));
    expect(back.items.map((i) => i.id)).toEqual([note.changedId]);

    await call('lane.update', { id: thoughts.id, hidden: true, name: 'Pytania' });
    const hidden = await getMap(studio, map.id);
    expect(hidden.lanes[1]).toMatchObject({ id: thoughts.id, hidden: true, name: 'Pytania', position: 1 });
    expect(hidden.items).toHaveLength(1);

    const custom = await call('lane.add', { mapId: map.id, name: 'Prawo', index: 0 });
    const withCustom = await getMap(studio, map.id);
    expect(withCustom.lanes[0]).toMatchObject({ id: custom.changedId, kind: 'custom', position: 0 });
    expect(densityProblems(withCustom)).toEqual([]);

    await call('item.delete', { id: note.changedId });
    await call('history.undo', {});
    expect((await getMap(studio, map.id)).items.map((i) => i.text)).toEqual(['Czy to się opłaca?']);
  });

  it('a stage is added at an index, renamed, and an empty name is refused', async () => {
    const { studio } = await journeyStudio();
    const map = await newMap(studio, { name: 'Stages', template: 'three-stages' });
    const added = await studio.ok('stage.add', { mapId: map.id, name: 'Jazda próbna', index: 1 });
    expect((await getMap(studio, map.id)).stages.map((s) => s.name)).toEqual(['Need recognition', 'Jazda próbna', 'Considering the offer', 'Decision']);
    await studio.ok('stage.update', { id: added.changedId, name: '  Test drive ' });
    expect((await getMap(studio, map.id)).stages[1]?.name).toBe('Test drive');
    for (const name of ['', '   ']) {
      const r = await studio.call('stage.update', { id: added.changedId, name });
      expect(r.ok || r.error.code).toBe('invalid_input');
      const add = await studio.call('stage.add', { mapId: map.id, name });
      expect(add.ok || add.error.code).toBe('invalid_input');
    }
    await studio.ok('stage.move', { id: added.changedId, index: 99 });
    expect((await getMap(studio, map.id)).stages.at(-1)?.id).toBe(added.changedId);
  });
});
