import { describe, expect, it } from 'vitest';
import { Kpi } from '../../shared/schema/journey';
import { getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';

async function mapWithPersona(scale: 2 | 5) {
  const { studio, personaId } = await journeyStudio();
  const map = await newMap(studio, { name: 'Skala', template: 'three-stages', scale, personaIds: [personaId] });
  return { studio, personaId, map };
}

describe('emotion scores follow the map scale', () => {
  it('a ±2 map refuses 3 with a clear message, accepts −2..2, clears with null', async () => {
    const { studio, personaId, map } = await mapWithPersona(2);
    const stageId = map.stages[0]!.id;
    for (const score of [3, -3]) {
      const r = await studio.call('emotion.set', { stageId, personaId, score });
      expect(r.ok || r.error.code).toBe('invalid_input');
      if (!r.ok) expect(r.error.params?.details).toMatch(/scoreOutOfRange2|−2|-2/);
    }
    for (const score of [-2, 0, 2]) {
      await studio.ok('emotion.set', { stageId, personaId, score, note: 'Długo czekał' });
      expect((await getMap(studio, map.id)).emotions).toEqual([{ stageId, personaId, score, note: 'Długo czekał' }]);
    }
    // Changing only the score keeps the note.
    await studio.ok('emotion.set', { stageId, personaId, score: 1 });
    expect((await getMap(studio, map.id)).emotions[0]?.note).toBe('Długo czekał');
    await studio.ok('emotion.set', { stageId, personaId, score: null });
    expect((await getMap(studio, map.id)).emotions).toEqual([]);
  });

  it('the schema caps every score at ±5 and whole numbers', async () => {
    const { studio, personaId, map } = await mapWithPersona(5);
    const stageId = map.stages[0]!.id;
    for (const score of [6, -6, 1.5, '2']) {
      const r = await studio.call('emotion.set', { stageId, personaId, score });
      expect(r.ok || r.error.code, String(score)).toBe('invalid_input');
    }
    await studio.ok('emotion.set', { stageId, personaId, score: -5 });
    expect((await getMap(studio, map.id)).emotions[0]?.score).toBe(-5);
  });

  it('the emotions lane takes scores, not notes: creating or moving a note there is refused', async () => {
    const { studio, map } = await mapWithPersona(5);
    const emotions = laneOf(map, 'emotions');
    const stageId = map.stages[0]!.id;
    const r = await studio.call('item.create', { stageId, laneId: emotions.id, text: 'Niewidoczna' });
    expect(r.ok || r.error.message).toMatch(/emotions lane holds the curve/);
    const note = await studio.ok('item.create', { stageId, laneId: laneOf(map, 'actions').id, text: 'Widoczna' });
    const moved = await studio.call('item.move', { id: note.changedId, laneId: emotions.id });
    expect(moved.ok || moved.error.code).toBe('invalid_input');
  });

  it('a persona not on the map cannot be scored', async () => {
    const { studio, map } = await mapWithPersona(5);
    const other = await studio.ok('persona.create', { name: 'Tomek' });
    const r = await studio.call('emotion.set', { stageId: map.stages[0]!.id, personaId: other.id, score: 1 });
    expect(r.ok || r.error.code).toBe('invalid_input');
  });

  it('changing the scale rescales the scores so they keep their meaning', async () => {
    const { studio, personaId, map } = await mapWithPersona(2);
    const [a, b, c] = map.stages.map((s) => s.id) as [string, string, string];
    await studio.ok('emotion.set', { stageId: a, personaId, score: -2 });
    await studio.ok('emotion.set', { stageId: b, personaId, score: 1 });
    await studio.ok('emotion.set', { stageId: c, personaId, score: -1 });
    expect(await studio.ok('journey.update', { id: map.id, scale: 5 })).toMatchObject({ id: map.id, scale: 5 });
    expect((await getMap(studio, map.id)).emotions.map((e) => e.score)).toEqual([-5, 3, -3]);
    await studio.ok('journey.update', { id: map.id, scale: 2 });
    expect((await getMap(studio, map.id)).emotions.map((e) => e.score)).toEqual([-2, 1, -1]);
  });
});

describe('sticky-note values', () => {
  it('KPI ranges: percentages 0..100, NPS −100..100, custom any finite number', () => {
    const ok = (v: unknown) => Kpi.safeParse(v).success;
    const kpi = (metric: string, target: number | null, actual: number | null = null) => ({ metric, target, actual });
    for (const metric of ['csat', 'crr', 'conversion']) {
      expect(ok(kpi(metric, 0, 100)), metric).toBe(true);
      expect(ok(kpi(metric, 101)), metric).toBe(false);
      expect(ok(kpi(metric, null, -1)), metric).toBe(false);
    }
    expect(ok(kpi('nps', -100, 100))).toBe(true);
    expect(ok(kpi('nps', -101))).toBe(false);
    expect(ok(kpi('custom', -1e9, 1e12))).toBe(true);
    expect(ok(kpi('custom', Infinity))).toBe(false);
    expect(ok(kpi('custom', NaN))).toBe(false);
    expect(ok({ ...kpi('csat', 80), label: 'Salon', unit: '%' })).toBe(true);
    const issue = Kpi.safeParse(kpi('nps', 200)).error?.issues[0];
    expect(issue).toMatchObject({ path: ['target'], message: 'kpi_nps_range' });
  });

  it('a KPI note stores its typed value; a KPI outside its range is refused with the field named', async () => {
    const { studio, map } = await mapWithPersona(5);
    const kpis = laneOf(map, 'kpis');
    const stageId = map.stages[2]!.id;
    const created = await studio.ok('item.create', {
      stageId,
      laneId: kpis.id,
      text: 'NPS po zakupie',
      kpi: { metric: 'nps', label: 'NPS', target: 40, actual: -12.5 },
    });
    const item = (await getMap(studio, map.id)).items.find((i) => i.id === created.changedId);
    expect(item?.kpi).toEqual({ metric: 'nps', label: 'NPS', target: 40, actual: -12.5 });
    const bad = await studio.call('item.update', { id: created.changedId, kpi: { metric: 'csat', target: 120, actual: null } });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
    if (!bad.ok) expect(bad.error.message).toMatch(/kpi\.target/);
    await studio.ok('item.update', { id: created.changedId, kpi: null });
    expect((await getMap(studio, map.id)).items[0]?.kpi).toBeNull();
  });

  it('channels only on channel and touchpoint notes, KPIs only on KPI notes; colours from the palette', async () => {
    const { studio, map } = await mapWithPersona(5);
    const stageId = map.stages[0]!.id;
    const channel = await studio.ok('item.create', { stageId, laneId: laneOf(map, 'channels').id, text: 'Mail', channelId: 'email', colour: '#b3e5fc', owner: 'Marketing' });
    expect((await getMap(studio, map.id)).items[0]).toMatchObject({ channelId: 'email', colour: '#b3e5fc', owner: 'Marketing', highlightIds: [] });
    await studio.ok('item.create', { stageId, laneId: laneOf(map, 'touchpoints').id, text: 'QR', channelId: 'qr-code' });
    const wrongLane = await studio.call('item.create', { stageId, laneId: laneOf(map, 'actions').id, text: 'X', channelId: 'email' });
    expect(wrongLane.ok || wrongLane.error.code).toBe('invalid_input');
    const kpiOnActions = await studio.call('item.create', { stageId, laneId: laneOf(map, 'actions').id, text: 'X', kpi: { metric: 'csat', target: 1, actual: 2 } });
    expect(kpiOnActions.ok || kpiOnActions.error.code).toBe('invalid_input');
    for (const bad of [{ channelId: 'pigeon' }, { colour: '#123456' }, { text: '' }, { text: 'x'.repeat(501) }]) {
      const r = await studio.call('item.create', { stageId, laneId: laneOf(map, 'channels').id, text: 'ok', ...bad });
      expect(r.ok || r.error.code, JSON.stringify(bad).slice(0, 40)).toBe('invalid_input');
    }
    // A note keeps its channel when dragged out of the channel lane, so dragging it back loses nothing.
    await studio.ok('item.move', { id: channel.changedId, laneId: laneOf(map, 'actions').id });
    expect((await getMap(studio, map.id)).items.find((i) => i.id === channel.changedId)?.channelId).toBe('email');
    await studio.ok('item.update', { id: channel.changedId, owner: '' });
    expect((await getMap(studio, map.id)).items.find((i) => i.id === channel.changedId)?.owner).toBeNull();
  });

  it('a note cannot move into another map', async () => {
    const { studio, map } = await mapWithPersona(5);
    const other = await newMap(studio, { name: 'Inna', template: 'three-stages' });
    const note = await studio.ok('item.create', { stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, text: 'X' });
    const r = await studio.call('item.move', { id: note.changedId, stageId: other.stages[0]!.id, laneId: other.lanes[0]!.id });
    expect(r.ok || r.error.code).toBe('invalid_input');
    const half = await studio.call('item.move', { id: note.changedId, stageId: other.stages[0]!.id });
    expect(half.ok || half.error.code).toBe('invalid_input');
  });
});
