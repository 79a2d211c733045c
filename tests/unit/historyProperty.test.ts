import Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangeSet, EntityType } from '../../shared/live/changeSet';
import { startStudio, type TestStudio } from './support/tempStudio';

const CLIENT = 'property-window';

/**
 * Every table a user's work lives in, row for row. A note's Yjs document (note_docs) is kept apart
 * from undo: redoing an import leaves it to be built again from the note on first open, as for
 * notes older than Yjs, so it is not compared. The search index is derived from them: its rows
 * are compared by what they hold, without the rowid and the chunk number a note's re-indexing hands
 * out, and its full-text shadow tables are checked for integrity instead.
 */
function contents(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name NOT IN ('meta', 'history', 'note_docs') ORDER BY name")
      .pluck()
      .all() as string[];
    return JSON.stringify(
      tables.map((name) => {
        const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
 const derived = name === 'search_docs' ? { rowid: undefined, part: undefined } : {};
        return [name, rows.map((r) => JSON.stringify({ ...r, ...derived }, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()];
      }),
    );
  } finally {
    db.close();
  }
}

function searchIndexIntact(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run();
  } finally {
    db.close();
  }
}

/** What the window knows, kept only from change sets, as a client store would. */
class Known {
  readonly ids: Record<EntityType, Set<string>> = {
    persona: new Set(), interview: new Set(), tag: new Set(), highlight: new Set(), journey: new Set(),
    stage: new Set(), lane: new Set(), item: new Set(), emotion: new Set(),
  };
  readonly mapOf = new Map<string, string>();
  readonly mapPersonas = new Map<string, string[]>();
  apply(cs: ChangeSet | undefined) {
    if (!cs) return;
    for (const [type, set] of Object.entries(cs.changes) as [EntityType, { added: { id: string; mapId?: string }[]; updated: { id: string; mapId?: string }[]; removed: string[] }][]) {
      for (const row of [...set.added, ...set.updated]) {
        this.ids[type].add(row.id);
        if (row.mapId) this.mapOf.set(row.id, row.mapId);
        if (type === 'journey') this.mapPersonas.set(row.id, (row as unknown as { personaIds: string[] }).personaIds);
      }
      for (const id of set.removed) this.ids[type].delete(id);
    }
  }
  pick(type: EntityType, n: number, onMap?: string): string | undefined {
    const list = [...this.ids[type]].filter((id) => onMap === undefined || this.mapOf.get(id) === onMap).sort();
    return list.length ? list[n % list.length] : undefined;
  }
}

const NOTE = (text: string) => ({
  format: 'journey-studio/notes',
  version: 1,
  editorState: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } },
});

type Step = [number, number, number];

/**
 * Every run starts with steps that reach each kind of change at least once (people, an import,
 * tags, a highlight, a map with a sticky moved, an emotion, a citation, a merge, a reorder and
 * deletes of a stage and a lane); the random steps follow.
 */
const PROLOGUE: Step[] = [
  [0, 1, 1], [0, 2, 2], [4, 0, 0], [7, 900, 1], [8, 1, 0], [11, 0, 2], [13, 0, 0], [16, 0, 0], [23, 0, 0],
  [27, 0, 0], [30, 0, 1], [32, 0, 0], [33, 0, 0], [10, 0, 1], [3, 0, 0], [22, 1, 0], [26, 0, 0],
];

/** Which operations succeeded at least once over all runs: a generator that never reaches one tests nothing. */
const succeeded = new Set<string>();

function inputFor(known: Known, [kind, a, b]: Step): [string, unknown] | null {
  const p = known.pick('persona', a), i = known.pick('interview', a), t = known.pick('tag', a), t2 = known.pick('tag', b);
  const h = known.pick('highlight', a), m = known.pick('journey', a), s = known.pick('stage', a);
  const l = known.pick('lane', a), it = known.pick('item', a);
  // A sticky lives in a stage and a lane of one map.
  const sl = s ? known.pick('lane', b, known.mapOf.get(s)) : undefined;
  const itMap = it ? known.mapOf.get(it) : undefined;
  const s2 = itMap ? known.pick('stage', b, itMap) : undefined, l2 = itMap ? known.pick('lane', a, itMap) : undefined;
  const name = `Nazwa ${a}-${b} źółć`;
  const ops: (() => [string, unknown] | null)[] = [
    () => ['persona.create', { name }],
    () => (p ? ['persona.rename', { id: p, name }] : null),
    () => (p ? ['persona.delete', { id: p }] : null),
    () => (known.ids.persona.size > 1 ? ['persona.reorder', { ids: [...known.ids.persona].sort().reverse() }] : null),
    () => ['interview.create', { title: name, participant: `P${b}` }],
    () => (i ? ['interview.update', { id: i, place: name, personaIds: p ? [p] : [] }] : null),
    () => (i ? ['interview.delete', { id: i }] : null),
    // An import starts a parsing thread (about a second from source): rarely, to keep the run short.
    () => a > 850 && ['interview.import', { fileName: `n${a}.md`, content: Buffer.from(`# Wywiad ${a}\n\nKlientka ${b} boi się rat.`).toString('base64') }] as [string, unknown] || null,
    () => ['tag.create', { name: `tag ${a}` }],
    () => (t ? ['tag.update', { id: t, name: `tag ${b}` }] : null),
    () => (t && t2 && t !== t2 ? ['tag.merge', { sourceId: t, targetId: t2 }] : null),
    () => ['tag.create', { name: `etykieta ${b}` }],
    () => (t ? ['tag.delete', { id: t }] : null),
    () => (i ? ['highlight.create', { id: randomUUID(), interviewId: i, quote: 'Tekst', tagIds: t ? [t] : [], notes: NOTE(`Tekst ${a}`), baseVersion: 0 }] : null),
    () => (h && t ? ['highlight.setTags', { id: h, tagIds: [t] }] : null),
    () => (h ? ['highlight.delete', { id: h }] : null),
    () => ['journey.create', { name, template: a % 2 ? 'empty' : 'five-stages', personaIds: p ? [p] : [] }],
    () => (m ? ['journey.update', { id: m, goal: name, personaIds: p ? [p] : [] }] : null),
    () => (m && b % 5 === 0 ? ['journey.delete', { id: m }] : null),
    () => (m ? ['stage.add', { mapId: m, name, index: b % 4 }] : null),
    () => (s ? ['stage.update', { id: s, name }] : null),
    () => (s ? ['stage.move', { id: s, index: b % 5 }] : null),
    () => (s && b % 3 === 0 ? ['stage.delete', { id: s }] : null),
    () => (m ? ['lane.add', { mapId: m, name, index: b % 3 }] : null),
    () => (l ? ['lane.update', { id: l, hidden: b % 2 === 0 }] : null),
    () => (l ? ['lane.move', { id: l, index: b % 4 }] : null),
    () => (l && b % 3 === 0 ? ['lane.delete', { id: l }] : null),
    () => (s && sl ? ['item.create', { stageId: s, laneId: sl, text: name, index: b % 3 }] : null),
    () => (s && sl ? ['item.create', { stageId: s, laneId: sl, text: `${name}!`, colour: '#b3e5fc' }] : null),
    () => (it ? ['item.update', { id: it, text: name, kpi: { metric: 'nps', target: b % 100, actual: 12.5 } }] : null),
    () => (it && s2 && l2 ? ['item.move', { id: it, stageId: s2, laneId: l2, index: a % 3 }] : null),
    () => (it ? ['item.delete', { id: it }] : null),
    () => {
      const onMap = s ? known.mapPersonas.get(known.mapOf.get(s) ?? '') ?? [] : [];
      return s && onMap.length ? ['emotion.set', { stageId: s, personaId: onMap[b % onMap.length], score: (b % 5) - 2 }] : null;
    },
    () => (it && h ? ['evidence.link', { itemId: it, highlightId: h }] : null),
    () => (it && h ? ['evidence.unlink', { itemId: it, highlightId: h }] : null),
  ];
  return ops[kind % ops.length]!();
}

function openSteps(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM history WHERE client_id = ? AND undone = 0').pluck().get(CLIENT) as number;
  } finally {
    db.close();
  }
}

/**
 * Runs the steps, keeping the project's contents before and after each undo step (a run of
 * presses on one slider is one step), then undoes them one by one, checking each lands exactly
 * where its step started, and redoes them, checking each lands where its step ended.
 */
async function run(studio: TestStudio, path: string, steps: Step[]): Promise<void> {
  const known = new Known();
  const entries: { before: string; after: string; op: string }[] = [];
  let current = contents(path);
  let open = 0;
  for (const step of steps) {
    const call = inputFor(known, step);
    if (!call) continue;
    const r = await studio.dispatcher.dispatch(call[0], call[1], CLIENT);
    if (!r.ok) continue;
    succeeded.add(call[0]);
    known.apply(r.changes);
    const after = contents(path);
    const now = openSteps(path);
    if (now > open) entries.push({ before: current, after, op: call[0] });
    else if (r.changes) entries[entries.length - 1]!.after = after;
    open = now;
    current = after;
  }
  for (let k = entries.length - 1; k >= 0; k--) {
    const r = await studio.dispatcher.dispatch('history.undo', {}, CLIENT);
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value as { op: string | null }).op).toBe(entries[k]!.op);
    expect(contents(path), `undo of ${entries[k]!.op}`).toEqual(entries[k]!.before);
  }
  searchIndexIntact(path);
  const none = await studio.dispatcher.dispatch('history.undo', {}, CLIENT);
  expect(none.ok && (none.value as { op: string | null }).op).toBeNull();
  for (const entry of entries) {
    const r = await studio.dispatcher.dispatch('history.redo', {}, CLIENT);
    if (!r.ok) throw new Error(r.error.message);
    expect(contents(path), `redo of ${entry.op}`).toEqual(entry.after);
  }
}

describe('undo and redo in the core', () => {
  it('undoing every step returns every table to what it was, and redoing them all returns what was done', async () => {
    const studio = await startStudio();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000)), { minLength: 30, maxLength: 100 }), async (steps) => {
        const info = await studio.ok('project.create', { path: `Historia ${randomUUID()}`, lang: 'pl' });
        await run(studio, info.path, [...PROLOGUE, ...steps]);
      }),
      { numRuns: 6 },
    );
    for (const op of ['persona.reorder', 'interview.import', 'tag.merge', 'highlight.create', 'stage.delete', 'lane.delete', 'item.move', 'emotion.set', 'evidence.link']) {
      expect(succeeded, op).toContain(op);
    }
  }, 240_000);
});
