import type { OpName } from '../../shared/operations';
import { itemColours } from '../../shared/journey/itemColours';
import { templateIds } from '../../shared/journey/journeyTemplates';
import { NOTES_FORMAT, NOTES_VERSION } from '../../shared/notes/notesFormat';
import type { JourneyMap } from '../../shared/schema/journey';
import type { LexicalNodeJson, NotesDocument } from '../../shared/schema/notes';
import type { Rng } from './prng';
import type { InterviewModel, Model } from './snapshot';

/** How the checker recognises, after a kill, that an operation that was never answered did commit. */
export type Expect =
  | { kind: 'eq'; key: string; fields: Record<string, unknown> }
  | { kind: 'absent'; key: string }
  | { kind: 'new'; prefix: string; fields: Record<string, unknown> }
  | { kind: 'gt'; key: string; field: string; value: number };

export interface PlannedOp {
  op: OpName;
  input: unknown;
  /** All of these hold once the operation committed. */
  expect: Expect[];
  /** Key prefixes the operation may change (itself or by cascade). */
  domains: string[];
}

/** Kept small so reading the whole project back after every operation stays cheap. */
const caps = { personas: 10, interviews: 6, tags: 10, highlights: 18, maps: 3, stages: 8, lanes: 13, items: 24 };

const textNode = (text: string): LexicalNodeJson => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (children: LexicalNodeJson[]): LexicalNodeJson => ({ type: 'paragraph', version: 1, children });
const hasMark = (n: LexicalNodeJson): boolean => n.type === 'mark' || (n.children ?? []).some(hasMark);

/** The interview's note with its highlighted paragraphs kept, a few others, and one more paragraph. */
function noteWith(iv: InterviewModel, extra: LexicalNodeJson): NotesDocument {
  const root = (iv.notes?.editorState.root ?? { type: 'root', version: 1 }) as LexicalNodeJson;
  const children = root.children ?? [];
  const plain = children.filter((c) => !hasMark(c));
  const keepPlain = new Set(plain.slice(-3));
  const kept = children.filter((c) => hasMark(c) || keepPlain.has(c));
  return {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    editorState: { ...(iv.notes?.editorState ?? {}), root: { ...root, children: [...kept, extra] } },
  };
}

const sorted = (ids: readonly string[]) => [...ids].sort();

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Builder = { weight: number; build: () => PlannedOp | null };

/** One random, valid mutating operation on the project as it is now. */
export function planOperation(m: Model, rng: Rng, serial: number): PlannedOp | null {
  const name = (what: string) => `${what} ${rng.word()} ${serial}`;
  const sentence = () => `${rng.word()} ${rng.word()} ${rng.word()} ${serial}.`;
  const liveMaps = m.maps.filter((map) => map.stages.length > 0 && map.lanes.length > 0);
  const anyMap = () => (m.maps.length ? rng.pick(m.maps) : null);
  const aMap = () => (liveMaps.length ? rng.pick(liveMaps) : null);
  const noteLanes = (map: JourneyMap) => map.lanes.filter((l) => l.kind !== 'emotions');
  const itemCount = (map: JourneyMap) => map.items.length;

  const newPersona = (n: string): PlannedOp => ({ op: 'persona.create', input: { name: n }, expect: [{ kind: 'new', prefix: 'persona:', fields: { name: n } }], domains: ['persona:'] });

  const builders: Builder[] = [
    // personas
    { weight: 3, build: () => (m.personas.length >= caps.personas ? null : newPersona(name('Persona'))) },
    {
      weight: 2,
      build: () => {
        if (!m.personas.length) return null;
        const p = rng.pick(m.personas);
        const n = name('Persona');
        return { op: 'persona.rename', input: { id: p.id, name: n }, expect: [{ kind: 'eq', key: `persona:${p.id}`, fields: { name: n } }], domains: ['persona:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        if (m.personas.length < 2) return null;
        const ids = shuffle(rng, m.personas.map((p) => p.id));
        return { op: 'persona.reorder', input: { ids }, expect: ids.map((id, i) => ({ kind: 'eq', key: `persona:${id}`, fields: { position: i } })), domains: ['persona:'] };
      },
    },
    {
      weight: m.personas.length > 3 ? 2 : 0,
      build: () => {
        const p = rng.pick(m.personas);
        return { op: 'persona.delete', input: { id: p.id }, expect: [{ kind: 'absent', key: `persona:${p.id}` }], domains: ['persona:', 'map:', 'emotion:'] };
      },
    },
    // interviews and notes
    {
      weight: 2,
      build: () => {
        if (m.interviews.length >= caps.interviews) return null;
        const personaIds = m.personas.length && rng.chance(0.5) ? [rng.pick(m.personas).id] : [];
        const title = name('Wywiad');
        return { op: 'interview.create', input: { title, participant: rng.word(), personaIds }, expect: [{ kind: 'new', prefix: 'interview:', fields: { title } }], domains: ['interview:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        if (m.interviews.length >= caps.interviews) return null;
        const kind = rng.pick(['md', 'txt', 'srt'] as const);
        const words = [sentence(), sentence()];
        const text =
          kind === 'md'
            ? `# ${words[0]}\n\n${words[1]} **${rng.word()}**\n\n- ${rng.word()}\n- ${rng.word()}\n`
            : kind === 'txt'
              ? `${words[0]}\n\n${words[1]}\n`
              : `1\n00:00:01,000 --> 00:00:04,000\n${words[0]}\n\n2\n00:00:05,000 --> 00:00:08,500\n${words[1]}\n`;
        const fileName = `import-${rng.word()}-${serial}.${kind}`;
        return {
          op: 'interview.import',
          input: { fileName, content: Buffer.from(text, 'utf8').toString('base64') },
          expect: [{ kind: 'new', prefix: 'interview:', fields: {} }],
          domains: ['interview:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        if (!m.interviews.length) return null;
        const iv = rng.pick(m.interviews);
        const title = name('Wywiad');
        return { op: 'interview.update', input: { id: iv.id, title }, expect: [{ kind: 'eq', key: `interview:${iv.id}`, fields: { title } }], domains: ['interview:'] };
      },
    },
    {
      weight: m.interviews.length > 2 ? 1 : 0,
      build: () => {
        const iv = rng.pick(m.interviews);
        return { op: 'interview.delete', input: { id: iv.id }, expect: [{ kind: 'absent', key: `interview:${iv.id}` }], domains: ['interview:', 'highlight:', 'item:'] };
      },
    },
    {
      weight: 8,
      build: () => {
        if (!m.interviews.length) return null;
        const iv = rng.pick(m.interviews);
        return {
          op: 'interview.saveNotes',
          input: { id: iv.id, notes: noteWith(iv, paragraph([textNode(sentence())])), baseVersion: iv.notesVersion },
          expect: [{ kind: 'gt', key: `interview:${iv.id}`, field: 'notesVersion', value: iv.notesVersion }],
          domains: ['interview:'],
        };
      },
    },
    // highlights and tags
    {
      weight: 3,
      build: () => {
        if (!m.interviews.length || m.highlights.length >= caps.highlights) return null;
        const iv = rng.pick(m.interviews);
        const id = rng.uuid();
        const quote = `${rng.word()} ${rng.word()} ${serial}`;
        const mark: LexicalNodeJson = { type: 'mark', ids: [id], version: 1, children: [textNode(quote)] };
        const tagIds = m.tags.length && rng.chance(0.6) ? [rng.pick(m.tags).id] : [];
        return {
          op: 'highlight.create',
          input: { id, interviewId: iv.id, quote, tagIds, notes: noteWith(iv, paragraph([textNode(`${rng.word()} `), mark, textNode(` ${rng.word()}.`)])), baseVersion: iv.notesVersion },
          expect: [
            { kind: 'eq', key: `highlight:${id}`, fields: { interviewId: iv.id, quote, tagIds: sorted(tagIds) } },
            { kind: 'gt', key: `interview:${iv.id}`, field: 'notesVersion', value: iv.notesVersion },
          ],
          domains: ['highlight:', 'interview:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        if (!m.highlights.length || !m.tags.length) return null;
        const h = rng.pick(m.highlights);
        const tagIds = sorted(shuffle(rng, m.tags.map((t) => t.id)).slice(0, rng.int(0, Math.min(3, m.tags.length))));
        if (JSON.stringify(tagIds) === JSON.stringify(sorted(h.tagIds))) return null;
        return { op: 'highlight.setTags', input: { id: h.id, tagIds }, expect: [{ kind: 'eq', key: `highlight:${h.id}`, fields: { tagIds } }], domains: ['highlight:'] };
      },
    },
    {
      weight: m.highlights.length > 4 ? 1 : 0,
      build: () => {
        const h = rng.pick(m.highlights);
        return { op: 'highlight.delete', input: { id: h.id }, expect: [{ kind: 'absent', key: `highlight:${h.id}` }], domains: ['highlight:', 'item:', 'interview:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        if (m.tags.length >= caps.tags) return null;
        const tagName = name('Tag');
        const colour = `#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}`;
        return { op: 'tag.create', input: { name: tagName, colour }, expect: [{ kind: 'new', prefix: 'tag:', fields: { name: tagName } }], domains: ['tag:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        if (!m.tags.length) return null;
        const t = rng.pick(m.tags);
        const tagName = name('Tag');
        return { op: 'tag.update', input: { id: t.id, name: tagName }, expect: [{ kind: 'eq', key: `tag:${t.id}`, fields: { name: tagName } }], domains: ['tag:'] };
      },
    },
    {
      weight: m.tags.length > 3 ? 1 : 0,
      build: () => {
        const [source, target] = shuffle(rng, m.tags);
        return { op: 'tag.merge', input: { sourceId: source!.id, targetId: target!.id }, expect: [{ kind: 'absent', key: `tag:${source!.id}` }], domains: ['tag:', 'highlight:'] };
      },
    },
    {
      weight: m.tags.length > 3 ? 1 : 0,
      build: () => {
        const t = rng.pick(m.tags);
        return { op: 'tag.delete', input: { id: t.id }, expect: [{ kind: 'absent', key: `tag:${t.id}` }], domains: ['tag:', 'highlight:'] };
      },
    },
    // journey maps
    {
      weight: m.maps.length < caps.maps ? 2 : 0,
      build: () => {
        const mapName = name('Mapa');
        const personaIds = shuffle(rng, m.personas.map((p) => p.id)).slice(0, rng.int(0, 2));
        const template = rng.pick([...templateIds, 'empty'] as const);
        return { op: 'journey.create', input: { name: mapName, template, personaIds }, expect: [{ kind: 'new', prefix: 'map:', fields: { name: mapName } }], domains: ['map:', 'stage:', 'lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = anyMap();
        if (!map) return null;
        const mapName = name('Mapa');
        return { op: 'journey.update', input: { id: map.id, name: mapName }, expect: [{ kind: 'eq', key: `map:${map.id}`, fields: { name: mapName } }], domains: ['map:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = anyMap();
        if (!map || map.stages.length >= caps.stages) return null;
        const stageName = name('Etap');
        return { op: 'stage.add', input: { mapId: map.id, name: stageName, index: rng.int(0, map.stages.length) }, expect: [{ kind: 'new', prefix: 'stage:', fields: { mapId: map.id, name: stageName } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map) return null;
        const s = rng.pick(map.stages);
        const stageName = name('Etap');
        return { op: 'stage.update', input: { id: s.id, name: stageName }, expect: [{ kind: 'eq', key: `stage:${s.id}`, fields: { name: stageName } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.stages.length < 2) return null;
        const s = rng.pick(map.stages);
        const index = rng.pick(map.stages.map((_, i) => i).filter((i) => i !== s.position));
        return { op: 'stage.move', input: { id: s.id, index }, expect: [{ kind: 'eq', key: `stage:${s.id}`, fields: { position: index } }], domains: ['stage:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.stages.length < 3) return null;
        const s = rng.pick(map.stages);
        return { op: 'stage.delete', input: { id: s.id }, expect: [{ kind: 'absent', key: `stage:${s.id}` }], domains: ['stage:', 'item:', 'emotion:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = anyMap();
        if (!map || map.lanes.length >= caps.lanes) return null;
        const laneName = name('Tor');
        return { op: 'lane.add', input: { mapId: map.id, name: laneName }, expect: [{ kind: 'new', prefix: 'lane:', fields: { mapId: map.id, name: laneName } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map) return null;
        const l = rng.pick(map.lanes);
        return { op: 'lane.update', input: { id: l.id, hidden: !l.hidden }, expect: [{ kind: 'eq', key: `lane:${l.id}`, fields: { hidden: !l.hidden } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.lanes.length < 2) return null;
        const l = rng.pick(map.lanes);
        const index = rng.pick(map.lanes.map((_, i) => i).filter((i) => i !== l.position));
        return { op: 'lane.move', input: { id: l.id, index }, expect: [{ kind: 'eq', key: `lane:${l.id}`, fields: { position: index } }], domains: ['lane:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map || map.lanes.length < 4) return null;
        const l = rng.pick(map.lanes);
        return { op: 'lane.delete', input: { id: l.id }, expect: [{ kind: 'absent', key: `lane:${l.id}` }], domains: ['lane:', 'item:'] };
      },
    },
    {
      weight: 4,
      build: () => {
        const map = aMap();
        if (!map || itemCount(map) >= caps.items || !noteLanes(map).length) return null;
        const stageId = rng.pick(map.stages).id;
        const laneId = rng.pick(noteLanes(map)).id;
        const text = sentence();
        return {
          op: 'item.create',
          input: { stageId, laneId, text, colour: rng.pick(itemColours) },
          expect: [{ kind: 'new', prefix: 'item:', fields: { stageId, laneId, text } }],
          domains: ['item:'],
        };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length) return null;
        const item = rng.pick(map.items);
        const text = sentence();
        return { op: 'item.update', input: { id: item.id, text }, expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { text } }], domains: ['item:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length || !noteLanes(map).length) return null;
        const item = rng.pick(map.items);
        const stageId = rng.pick(map.stages).id;
        const laneId = rng.pick(noteLanes(map)).id;
        return { op: 'item.move', input: { id: item.id, stageId, laneId, index: 0 }, expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { stageId, laneId, position: 0 } }], domains: ['item:'] };
      },
    },
    {
      weight: 1,
      build: () => {
        const map = aMap();
        if (!map?.items.length) return null;
        const item = rng.pick(map.items);
        return { op: 'item.delete', input: { id: item.id }, expect: [{ kind: 'absent', key: `item:${item.id}` }], domains: ['item:'] };
      },
    },
    {
      weight: 3,
      build: () => {
        const map = aMap();
        if (!map?.personaIds.length) return null;
        const stageId = rng.pick(map.stages).id;
        const personaId = rng.pick(map.personaIds);
        const key = `emotion:${stageId}/${personaId}`;
        const current = map.emotions.find((e) => e.stageId === stageId && e.personaId === personaId);
        if (current && rng.chance(0.2)) return { op: 'emotion.set', input: { stageId, personaId, score: null }, expect: [{ kind: 'absent', key }], domains: ['emotion:'] };
        const scores = Array.from({ length: map.scale * 2 + 1 }, (_, i) => i - map.scale).filter((s) => s !== current?.score);
        const score = rng.pick(scores);
        return { op: 'emotion.set', input: { stageId, personaId, score }, expect: [{ kind: 'eq', key, fields: { score } }], domains: ['emotion:'] };
      },
    },
    {
      weight: 2,
      build: () => {
        const map = aMap();
        if (!map?.items.length || !m.highlights.length) return null;
        const item = rng.pick(map.items);
        const h = rng.pick(m.highlights);
        const linked = item.highlightIds.includes(h.id);
        const highlightIds = sorted(linked ? item.highlightIds.filter((id) => id !== h.id) : [...item.highlightIds, h.id]);
        return {
          op: linked ? 'evidence.unlink' : 'evidence.link',
          input: { itemId: item.id, highlightId: h.id },
          expect: [{ kind: 'eq', key: `item:${item.id}`, fields: { highlightIds } }],
          domains: ['item:'],
        };
      },
    },
  ];

  for (let attempt = 0; attempt < 10; attempt++) {
    const open = builders.filter((b) => b.weight > 0);
    let roll = rng.next() * open.reduce((sum, b) => sum + b.weight, 0);
    const chosen = open.find((b) => (roll -= b.weight) < 0) ?? open[open.length - 1]!;
    const planned = chosen.build();
    if (planned) return planned;
  }
  return null;
}
