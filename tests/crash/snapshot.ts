import type { OpName, OpOutput } from '../../shared/operations';
import type { Result } from '../../shared/result';
import type { JourneyMap } from '../../shared/schema/journey';
import type { NotesDocument } from '../../shared/schema/notes';

export type Call = (op: OpName, input: unknown) => Promise<Result<unknown>>;

/** What a crash must not change: one entry per thing, its value as stable JSON. */
export type Facts = Record<string, string>;

export interface InterviewModel {
  id: string;
  title: string;
  notesVersion: number;
  notes: NotesDocument | null;
}

/** The project as the operation stream needs it to pick its next valid operation. */
export interface Model {
  personas: OpOutput<'persona.list'>;
  interviews: InterviewModel[];
  tags: OpOutput<'tag.list'>;
  highlights: OpOutput<'highlight.list'>;
  maps: JourneyMap[];
}

async function ask<K extends OpName>(call: Call, op: K, input: unknown): Promise<OpOutput<K>> {
  const r = await call(op, input);
  if (!r.ok) throw new Error(`${op} refused while reading the project back: ${r.error.code}: ${r.error.message}`);
  return r.value as OpOutput<K>;
}

const sorted = (ids: readonly string[]) => [...ids].sort();

/**
 * Reads the whole project back through the public query operations, so the check follows the
 * operation contract rather than the tables behind it.
 */
export async function readProject(call: Call): Promise<{ model: Model; facts: Facts }> {
  const personas = await ask(call, 'persona.list', {});
  const summaries = await ask(call, 'interview.list', {});
  const interviews: InterviewModel[] = [];
  const facts: Facts = {};
  const put = (key: string, value: unknown) => {
    facts[key] = JSON.stringify(value);
  };
  for (const p of personas) put(`persona:${p.id}`, { name: p.name, position: p.position });
  for (const s of summaries) {
    const iv = await ask(call, 'interview.get', { id: s.id });
    interviews.push({ id: iv.id, title: iv.title, notesVersion: iv.notesVersion, notes: iv.notes });
    put(`interview:${iv.id}`, { title: iv.title, notesVersion: iv.notesVersion, notesText: iv.notesText });
  }
  const tags = await ask(call, 'tag.list', {});
  for (const t of tags) put(`tag:${t.id}`, { name: t.name, colour: t.colour });
  const highlights = await ask(call, 'highlight.list', {});
  for (const h of highlights) put(`highlight:${h.id}`, { interviewId: h.interviewId, quote: h.quote, tagIds: sorted(h.tagIds) });
  const maps: JourneyMap[] = [];
  for (const summary of await ask(call, 'journey.list', {})) {
    const map = await ask(call, 'journey.get', { id: summary.id });
    maps.push(map);
    put(`map:${map.id}`, { name: map.name, goal: map.goal, personaIds: map.personaIds });
    for (const s of map.stages) put(`stage:${s.id}`, { mapId: map.id, name: s.name, position: s.position });
    for (const l of map.lanes) put(`lane:${l.id}`, { mapId: map.id, name: l.name, hidden: l.hidden, position: l.position });
    for (const i of map.items) {
      put(`item:${i.id}`, {
        mapId: map.id,
        stageId: i.stageId,
        laneId: i.laneId,
        text: i.text,
        colour: i.colour,
        position: i.position,
        highlightIds: sorted(i.highlightIds),
      });
    }
    for (const e of map.emotions) put(`emotion:${e.stageId}/${e.personaId}`, { mapId: map.id, score: e.score, note: e.note });
  }
  return { model: { personas, interviews, tags, highlights, maps }, facts };
}

/** What changed between two readings: keys set to a new value, keys gone. */
export function diffFacts(before: Facts, after: Facts): { set: Facts; del: string[] } {
  const set: Facts = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) set[k] = v;
  const del = Object.keys(before).filter((k) => !(k in after));
  return { set, del };
}
