import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emotionId, type ChangeSet } from '../../shared/live/changeSet';
import type { JourneyMap } from '../../shared/schema/journey';
import { notesOf } from './support/notesFixture';
import { getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';
import type { TestStudio } from './support/tempStudio';

const WINDOW = 'map-window-0001';

/** The workshop's big map: 20 stages × 15 lanes and 600 sticky notes, as the benchmark builds it. */
async function bigMap(studio: TestStudio, personaId: string): Promise<JourneyMap> {
  const start = await newMap(studio, { name: 'Duża mapa', template: 'eight-steps', personaIds: [personaId], lang: 'pl' });
  for (let i = start.stages.length; i < 20; i++) await studio.ok('stage.add', { mapId: start.id, name: `Etap ${i + 1}` });
  for (let i = start.lanes.length; i < 15; i++) await studio.ok('lane.add', { mapId: start.id, name: `Tor ${i + 1}` });
  const grid = await getMap(studio, start.id);
  const noteLanes = grid.lanes.filter((l) => l.kind !== 'emotions');
  for (let n = 0; n < 600; n++) {
    const stage = grid.stages[n % 20]!;
    const lane = noteLanes[Math.floor(n / 20) % noteLanes.length]!;
    await studio.ok('item.create', { stageId: stage.id, laneId: lane.id, text: `Notatka ${n + 1}: klient porównuje ceny i czeka na jazdę próbną` });
  }
  return getMap(studio, start.id);
}

/** Calls as one window and returns what crosses the wire: the value, its size, and the change set. */
async function edit(studio: TestStudio, op: string, input: unknown): Promise<{ value: unknown; bytes: number; changes: ChangeSet }> {
  const r = await studio.dispatcher.dispatch(op, input, WINDOW);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  if (!r.changes) throw new Error(`${op} answered no change set`);
  return { value: r.value, bytes: Buffer.byteLength(JSON.stringify(r.value)), changes: r.changes };
}

const ids = (rows: readonly { id: string }[] | undefined) => (rows ?? []).map((r) => r.id);

/** Rows a client puts in, whether new to it or changed: both are applied alike. */
const put = <T>(set: { added: T[]; updated: T[] } | undefined): T[] => [...(set?.added ?? []), ...(set?.updated ?? [])];

describe('map edits answer what they changed, on a 600-note map', () => {
  it('every map mutation answers under 2 KB and its change set carries the changed rows', async () => {
    const { studio, personaId } = await journeyStudio();
    const map = await bigMap(studio, personaId);
    expect(map.items).toHaveLength(600);
    const full = Buffer.byteLength(JSON.stringify(map));
    expect(full).toBeGreaterThan(100_000);
    const sizes: Record<string, number> = {};
    const run = async (op: string, input: unknown) => {
      const r = await edit(studio, op, input);
      sizes[op] = r.bytes;
      expect(r.bytes, op).toBeLessThan(2048);
      expect(r.changes.op).toBe(op);
      expect(r.changes.clientId).toBe(WINDOW);
      return r;
    };
    const [s0, s1, s2] = map.stages as [JourneyMap['stages'][number], JourneyMap['stages'][number], JourneyMap['stages'][number]];
    const pains = laneOf(map, 'pains');
    const note = map.items.find((i) => i.stageId === s0.id)!;

    const moved = await run('item.move', { id: note.id, stageId: s1.id, laneId: pains.id, index: 0 });
    expect(moved.value).toEqual({ changedId: note.id });
    const placed = moved.changes.changes.item?.updated.find((i) => i.id === note.id);
    expect(placed).toMatchObject({ stageId: s1.id, laneId: pains.id, mapId: map.id });
    // A note's position only orders its cell: the move writes the moved note alone, first in its new cell.
    expect(ids(moved.changes.changes.item?.updated)).toEqual([note.id]);
    // The whole answer, change set included, as it crosses to the window.
    expect(Buffer.byteLength(JSON.stringify({ ok: true, value: moved.value, changes: moved.changes }))).toBeLessThan(2048);
    const cell = (await studio.ok('journey.get', { id: map.id })).items.filter((i) => i.stageId === s1.id && i.laneId === pains.id);
    expect(cell.sort((a, b) => a.position - b.position)[0]?.id).toBe(note.id);

    const created = await run('item.create', { stageId: s2.id, laneId: pains.id, text: 'Nowa', index: 0 });
    const newId = (created.value as { changedId: string }).changedId;
    expect(ids(created.changes.changes.item?.added)).toEqual([newId]);
    expect(created.changes.changes.journey?.updated[0]).toMatchObject({ id: map.id, itemCount: 601 });

    const updated = await run('item.update', { id: newId, text: 'Zmieniona', colour: '#f8bbd0' });
    expect(updated.changes.changes.item?.updated).toEqual([expect.objectContaining({ id: newId, text: 'Zmieniona', colour: '#f8bbd0' })]);

    const deleted = await run('item.delete', { id: newId });
    expect(deleted.changes.changes.item?.removed).toEqual([newId]);

    const emotion = await run('emotion.set', { stageId: s1.id, personaId, score: -3, note: 'Cena' });
    expect(put(emotion.changes.changes.emotion)).toEqual([{ id: emotionId(s1.id, personaId), stageId: s1.id, personaId, score: -3, note: 'Cena', mapId: map.id }]);
    const again = await run('emotion.set', { stageId: s1.id, personaId, score: -2 });
    expect(again.changes.changes.emotion?.updated).toEqual([expect.objectContaining({ id: emotionId(s1.id, personaId), score: -2, note: 'Cena' })]);

    const interview = await studio.ok('interview.create', { title: 'Salon' });
    const highlightId = randomUUID();
    await studio.ok('highlight.create', { id: highlightId, interviewId: interview.id, quote: 'za drogo', tagIds: [], notes: notesOf([['za drogo', highlightId]]), baseVersion: 0 });
    const linked = await run('evidence.link', { itemId: note.id, highlightId });
    expect(linked.changes.changes.item?.updated).toEqual([expect.objectContaining({ id: note.id, highlightIds: [highlightId] })]);
    const unlinked = await run('evidence.unlink', { itemId: note.id, highlightId });
    expect(unlinked.changes.changes.item?.updated).toEqual([expect.objectContaining({ id: note.id, highlightIds: [] })]);
    const quoted = await run('item.fromHighlight', { highlightId, stageId: s0.id, laneId: pains.id });
    expect(quoted.changes.changes.item?.added).toEqual([expect.objectContaining({ text: 'za drogo', highlightIds: [highlightId] })]);

    const stage = await run('stage.add', { mapId: map.id, name: 'Serwis', index: 1 });
    const stageId = (stage.value as { changedId: string }).changedId;
    expect(stage.changes.changes.stage?.added).toEqual([{ id: stageId, mapId: map.id, name: 'Serwis', position: 1 }]);
    // The stages after it move one place on.
    expect(stage.changes.changes.stage?.updated).toHaveLength(19);
    expect((await run('stage.update', { id: stageId, name: 'Obsługa' })).changes.changes.stage?.updated).toEqual([expect.objectContaining({ id: stageId, name: 'Obsługa' })]);
    expect((await run('stage.move', { id: stageId, index: 0 })).changes.changes.stage?.updated.find((s) => s.id === stageId)?.position).toBe(0);
    expect((await run('stage.delete', { id: stageId })).changes.changes.stage?.removed).toEqual([stageId]);

    const lane = await run('lane.add', { mapId: map.id, name: 'Prawo', index: 0 });
    const laneId = (lane.value as { changedId: string }).changedId;
    expect(lane.changes.changes.lane?.added).toEqual([{ id: laneId, mapId: map.id, kind: 'custom', name: 'Prawo', hidden: false, position: 0 }]);
    expect((await run('lane.update', { id: laneId, hidden: true })).changes.changes.lane?.updated).toEqual([expect.objectContaining({ id: laneId, hidden: true })]);
    expect((await run('lane.move', { id: laneId, index: 3 })).changes.changes.lane?.updated.find((l) => l.id === laneId)?.position).toBe(3);
    expect((await run('lane.delete', { id: laneId })).changes.changes.lane?.removed).toEqual([laneId]);

    const renamed = await run('journey.update', { id: map.id, name: 'Wielka mapa' });
    expect(renamed.value).toMatchObject({ id: map.id, name: 'Wielka mapa', stageCount: 20, itemCount: 601 });
    expect(renamed.changes.changes.journey?.updated).toEqual([renamed.value]);

    // What the view reads once, to compare with: the whole map is 50 times bigger than any edit's answer.
    expect(Math.max(...Object.values(sizes)) * 50).toBeLessThan(full);
  }, 60_000);

  it('undoing a map edit answers the rows it put back', async () => {
    const { studio, personaId } = await journeyStudio();
    const map = await newMap(studio, { name: 'Mała', template: 'three-stages', personaIds: [personaId] });
    const note = await edit(studio, 'item.create', { stageId: map.stages[0]!.id, laneId: laneOf(map, 'needs').id, text: 'Kredyt' });
    const id = (note.value as { changedId: string }).changedId;
    await edit(studio, 'item.move', { id, stageId: map.stages[2]!.id });
    const undone = await edit(studio, 'history.undo', {});
    expect(undone.changes.changes.item?.updated).toEqual([expect.objectContaining({ id, stageId: map.stages[0]!.id })]);
  });

  it('citation badges follow an interview and a highlight into the trash and back, in the change sets', async () => {
    const { studio, personaId } = await journeyStudio();
    const map = await newMap(studio, { name: 'Cytaty', template: 'three-stages', personaIds: [personaId] });
    const note = await edit(studio, 'item.create', { stageId: map.stages[0]!.id, laneId: laneOf(map, 'pains').id, text: 'Cena' });
    const itemId = (note.value as { changedId: string }).changedId;
    const interview = await studio.ok('interview.create', { title: 'Salon' });
    const highlightId = randomUUID();
    await studio.ok('highlight.create', { id: highlightId, interviewId: interview.id, quote: 'za drogo', tagIds: [], notes: notesOf([['za drogo', highlightId]]), baseVersion: 0 });
    await edit(studio, 'evidence.link', { itemId, highlightId });
    const badge = (cs: ChangeSet) => put(cs.changes.item).find((i) => i.id === itemId)?.highlightIds;

    expect(badge((await edit(studio, 'interview.delete', { id: interview.id })).changes)).toEqual([]);
    expect(badge((await edit(studio, 'history.undo', {})).changes)).toEqual([highlightId]);
    expect(badge((await edit(studio, 'highlight.delete', { id: highlightId })).changes)).toEqual([]);
    expect(badge((await edit(studio, 'history.undo', {})).changes)).toEqual([highlightId]);
    expect((await getMap(studio, map.id)).items[0]?.highlightIds).toEqual([highlightId]);
  });
});
