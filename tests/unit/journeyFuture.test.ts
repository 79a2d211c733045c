import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/schema/journey';
import { notesOf } from './support/notesFixture';
import { getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';

/** The map's content with its own ids swapped for positions, to compare a copy with its source. */
function shape(map: JourneyMap) {
  const stage = (id: string) => map.stages.findIndex((s) => s.id === id);
  const lane = (id: string) => map.lanes.findIndex((l) => l.id === id);
  return {
    stages: map.stages.map((s) => [s.name, s.position]),
    lanes: map.lanes.map((l) => [l.kind, l.name, l.hidden, l.position]),
    items: map.items.map((i) => [stage(i.stageId), lane(i.laneId), i.position, i.text, i.colour, i.owner, i.channelId, i.kpi, i.highlightIds]),
    emotions: map.emotions.map((e) => [stage(e.stageId), e.personaId, e.score, e.note]),
    personaIds: map.personaIds,
    scale: map.scale,
    goal: map.goal,
  };
}

describe('a future map from a current one', () => {
  it('is an independent deep copy that remembers its source', async () => {
    const { studio, personaId } = await journeyStudio();
    const current = await newMap(studio, { name: 'Dziś', goal: 'Kupić auto', template: 'five-stages', scale: 2, personaIds: [personaId] });
    const [s0, s1] = current.stages as [JourneyMap['stages'][number], JourneyMap['stages'][number]];
    const interview = await studio.ok('interview.create', { title: 'Salon' });
    const highlightId = randomUUID();
    await studio.ok('highlight.create', { id: highlightId, interviewId: interview.id, quote: 'za drogo', tagIds: [], notes: notesOf([['za drogo', highlightId]]), baseVersion: 0 });
    const pain = await studio.ok('item.create', { stageId: s1.id, laneId: laneOf(current, 'pains').id, text: 'Cena', owner: 'Sprzedaż' });
    await studio.ok('evidence.link', { itemId: pain.changedId, highlightId });
    await studio.ok('item.create', { stageId: s0.id, laneId: laneOf(current, 'kpis').id, text: 'CSAT', kpi: { metric: 'csat', target: 80, actual: 62, unit: '%' } });
    await studio.ok('item.create', { stageId: s0.id, laneId: laneOf(current, 'channels').id, text: 'Strona', channelId: 'website', colour: '#c8e6c9' });
    await studio.ok('emotion.set', { stageId: s1.id, personaId, score: -2, note: 'Szok cenowy' });
    await studio.ok('lane.update', { id: laneOf(current, 'owner').id, hidden: true });
    // Deleted parts stay behind.
    const gone = await studio.ok('item.create', { stageId: s0.id, laneId: laneOf(current, 'actions').id, text: 'Usunięta' });
    await studio.ok('item.delete', { id: gone.changedId });
    const source = await studio.ok('journey.get', { id: current.id });

    const created = await studio.ok('journey.createFuture', { id: current.id });
    expect(created).toMatchObject({ stageCount: 5, itemCount: 3 });
    const future = await getMap(studio, created.id);
    expect(future).toMatchObject({ state: 'future', sourceMapId: current.id, name: 'Dziś (future)' });
    expect(shape(future)).toEqual(shape(source));
    const ownIds = [...future.stages, ...future.lanes, ...future.items].map((x) => x.id);
    const sourceIds = new Set([...source.stages, ...source.lanes, ...source.items].map((x) => x.id));
    expect(ownIds.some((id) => sourceIds.has(id))).toBe(false);

    // Editing the future map leaves the current one as it was, and the other way round.
    const fPain = future.items.find((i) => i.text === 'Cena')!;
    await studio.ok('item.update', { id: fPain.id, text: 'Cena w abonamencie' });
    await studio.ok('evidence.unlink', { itemId: fPain.id, highlightId });
    await studio.ok('stage.delete', { id: future.stages[4]!.id });
    await studio.ok('emotion.set', { stageId: future.stages[1]!.id, personaId, score: 1 });
    await studio.ok('lane.move', { id: future.lanes[0]!.id, index: 5 });
    expect(await studio.ok('journey.get', { id: current.id })).toEqual(source);
    await studio.ok('item.update', { id: pain.changedId, text: 'Cena katalogowa' });
    const futureNow = await studio.ok('journey.get', { id: future.id });
    expect(futureNow.items.find((i) => i.id === fPain.id)?.text).toBe('Cena w abonamencie');

    const named = await studio.ok('journey.createFuture', { id: current.id, name: 'Wizja 2027' });
    expect(named.name).toBe('Wizja 2027');
    const list = await studio.ok('journey.list', {});
    expect(list.map((m) => [m.name, m.state, m.sourceMapId])).toEqual([
      ['Dziś', 'current', null],
      ['Dziś (future)', 'future', current.id],
      ['Wizja 2027', 'future', current.id],
    ]);
  });

  it('a long source name still gives a valid future name', async () => {
    const { studio } = await journeyStudio('pl');
    const current = await studio.ok('journey.create', { name: 'Ż'.repeat(200) });
    const future = await studio.ok('journey.createFuture', { id: current.id });
    expect(future.name.length).toBeLessThanOrEqual(200);
    expect(future.name.endsWith(' (docelowa)')).toBe(true);
  });
});
