import type { OpName, OpOutput } from '../../../shared/operations';
import type { JourneyMap } from '../../../shared/schema/journey';
import { startStudio, type TestStudio } from './tempStudio';

/** The whole map, as a view's first load reads it: edits answer only what they changed. */
export const getMap = (studio: TestStudio, id: string): Promise<JourneyMap> => studio.ok('journey.get', { id });

/** Calls as one window, whose undo history is its own, and returns the value. */
export function asWindow(studio: TestStudio, clientId = 'journey-window-01') {
  return async <K extends OpName>(op: K, input: unknown): Promise<OpOutput<K>> => {
    const r = await studio.dispatcher.dispatch(op, input, clientId);
    if (!r.ok) throw new Error(`${op} failed: ${r.error.code}: ${r.error.message}`);
    return r.value as OpOutput<K>;
  };
}

/** Creates a map and reads it whole. */
export async function newMap(studio: TestStudio, input: Record<string, unknown>): Promise<JourneyMap> {
  const { id } = await studio.ok('journey.create', input);
  return getMap(studio, id);
}

/** A studio with an open project and one persona, ready for journey maps. */
export async function journeyStudio(lang: 'pl' | 'en' = 'en'): Promise<{ studio: TestStudio; personaId: string }> {
  const studio = await startStudio({ lang });
  await studio.ok('project.create', { path: 'journeys' });
  const persona = await studio.ok('persona.create', { name: 'Łucja' });
  return { studio, personaId: persona.id };
}

export const laneOf = (map: JourneyMap, kind: JourneyMap['lanes'][number]['kind']) => {
  const lane = map.lanes.find((l) => l.kind === kind);
  if (!lane) throw new Error(`no ${kind} lane`);
  return lane;
};

export const cellItems = (map: JourneyMap, stageId: string, laneId: string) =>
  map.items.filter((i) => i.stageId === stageId && i.laneId === laneId).sort((a, b) => a.position - b.position);

/** Stages and lanes are 0..n-1 with no gaps; a cell's notes have distinct positions in their order; no duplicates. */
export function densityProblems(map: JourneyMap): string[] {
  const problems: string[] = [];
  const dense = (what: string, positions: number[]) => {
    const sorted = [...positions].sort((a, b) => a - b);
    if (sorted.some((p, i) => p !== i)) problems.push(`${what}: ${sorted.join(',')}`);
  };
  dense('stages', map.stages.map((s) => s.position));
  dense('lanes', map.lanes.map((l) => l.position));
  if (map.stages.some((s, i) => s.position !== i)) problems.push('stages not in position order');
  if (map.lanes.some((l, i) => l.position !== i)) problems.push('lanes not in position order');
  // A cell's notes are ordered by position; the numbers themselves leave room between notes.
  for (const s of map.stages) {
    for (const l of map.lanes) {
      const positions = cellItems(map, s.id, l.id).map((i) => i.position);
      if (positions.some((p, i) => i > 0 && p <= positions[i - 1]!)) problems.push(`cell ${s.name}/${l.name}: ${positions.join(',')}`);
    }
  }
  if (new Set(map.items.map((i) => i.id)).size !== map.items.length) problems.push('duplicate items');
  return problems;
}
