import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatch';
import type { JourneyMap } from '../../shared/schema/journey';
import { summarise, time } from './stats';

async function ok<T>(d: Dispatcher, op: string, input: unknown): Promise<T> {
  const r = await d.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/**
 * The workshop's big map: 20 stages × 15 lanes with 600 sticky notes and an emotion per stage.
 * Measures loading it and moving a note (which answers only the note's id) through dispatch. Leaves
 * the project and map id behind for the browser measurements.
 */
export async function journeyBench(dir: string) {
  const d = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'pl' });
  const project = await ok<{ path: string }>(d, 'project.create', { path: 'bench-journey' });
  const persona = await ok<{ id: string }>(d, 'persona.create', { name: 'Łucja' });
  const { id: mapId } = await ok<{ id: string }>(d, 'journey.create', { name: 'Duża mapa', template: 'eight-steps', personaIds: [persona.id], lang: 'pl' });
  const map = await ok<JourneyMap>(d, 'journey.get', { id: mapId });
  for (let i = map.stages.length; i < 20; i++) await ok(d, 'stage.add', { mapId: map.id, name: `Etap ${i + 1}` });
  for (let i = map.lanes.length; i < 15; i++) await ok(d, 'lane.add', { mapId: map.id, name: `Tor ${i + 1}` });
  const full = await ok<JourneyMap>(d, 'journey.get', { id: map.id });
  // The emotions lane holds the curve, not notes: 600 notes go into the other 14 lanes.
  const noteLanes = full.lanes.filter((l) => l.kind !== 'emotions');
  for (let n = 0; n < 600; n++) {
    const stage = full.stages[n % 20]!;
    const lane = noteLanes[Math.floor(n / 20) % noteLanes.length]!;
    await ok(d, 'item.create', { stageId: stage.id, laneId: lane.id, text: `Notatka ${n + 1}: klient porównuje ceny i czeka na jazdę próbną` });
  }
  for (const stage of full.stages) await ok(d, 'emotion.set', { stageId: stage.id, personaId: persona.id, score: (stage.position % 11) - 5 });

  const loads: number[] = [];
  for (let i = 0; i < 30; i++) loads.push(await time(() => ok(d, 'journey.get', { id: map.id })));
  const items = (await ok<JourneyMap>(d, 'journey.get', { id: map.id })).items;
  const moves: number[] = [];
  for (let i = 0; i < 30; i++) moves.push(await time(() => ok(d, 'item.move', { id: items[(i * 7) % items.length]!.id, index: 0, stageId: full.stages[i % 20]!.id })));
  await d.close();
  return { projectPath: project.path, mapId: map.id, get: summarise(loads), move: summarise(moves) };
}
