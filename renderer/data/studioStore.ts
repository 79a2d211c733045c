/*
 * The client store: every row the window knows, normalised by id, kept current by change sets.
 *
 *   const s = createStudioStore({ invoke });      // renderer/data/studio.ts holds the window's one
 *   s.store                                       // zustand vanilla store of StudioState
 *   s.applyChangeSet(cs)                          // answers and 'changes' events, in any order
 *   s.load(key, types, fetch, put)                // a query's rows; see "Query answers" below
 *   s.loadCollection('persona')                   // persona/interview/tag/highlight/journey lists
 *   s.catchUp()                                   // asks project.changesSince (gap, stream reopened)
 *   s.addOverlay(patch) / s.dropOverlay(id)       // optimistic rows over the core's (mutate.ts)
 *   s.reset()                                     // another project: drop everything
 *   s.refreshHistory() / s.setHistory(state)      // history.state, asked once per burst of changes
 *
 * Ordering: `rev` is the last change set applied. One with rev <= rev is old news (the answer and
 * the event both bring a window's own changes); rev + 1 applies; a later one waits for the gap to
 * fill and, after GAP_MS, project.changesSince is asked (reload:true reads every loaded query again).
 *
 * Query answers carry no revision. A query sent when the store was at `since` answers rows at least
 * that new. They are put in, then every change set applied since `since` is applied again on top:
 * rows are whole, so one the answer already holds puts the same or an older row back, and the later
 * ones, replayed in order, leave every row as of the newest. When the kept log does not reach back
 * to `since`, the query is asked again.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChangeSet, Entities, EntityType } from '../../shared/live/changeSet';
import type { OpInput, OpName, OpOutput } from '../../shared/operations';
import type { HistoryState } from '../../shared/schema/history';
import { applyChanges, emptyTables, replaceTable, type EntityTables } from './applyChanges';
import { applyPatch, type OptimisticPatch } from './applyPatch';

export type Invoke = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

export type LoadStatus = { state: 'loading' } | { state: 'loaded' } | { state: 'failed'; error: unknown };

export interface StudioState {
  /** The last change set applied; null until the store learnt where the project is. */
  rev: number | null;
  /** The rows as the core has them. */
  base: EntityTables;
  /** `base` with the pending optimistic patches over it: what screens show. */
  entities: EntityTables;
  overlays: readonly { id: number; patch: OptimisticPatch }[];
  /** Per query key ('persona', 'journey:<id>'): read, being read, or refused. */
  loads: Readonly<Record<string, LoadStatus>>;
  /** What this window can undo and redo next (history.state), null until asked. */
  history: HistoryState | null;
}

/** The lists every feature reads, one query each. */
export const collectionOps = {
  persona: (invoke: Invoke) => invoke('persona.list', {}),
  interview: (invoke: Invoke) => invoke('interview.list', {}),
  tag: (invoke: Invoke) => invoke('tag.list', {}),
  highlight: (invoke: Invoke) => invoke('highlight.list', {}),
  journey: (invoke: Invoke) => invoke('journey.list', {}),
} satisfies { [K in EntityType]?: (invoke: Invoke) => Promise<Entities[K][]> };
export type CollectionType = keyof typeof collectionOps;

export const GAP_MS = 150;
const HISTORY_MS = 100;
const LOG_LIMIT = 2000;

export interface StudioStoreOptions {
  invoke: Invoke;
  gapMs?: number;
}

interface QuerySpec {
  types: readonly EntityType[];
  fetch: () => Promise<unknown>;
  put: (tables: EntityTables, answer: unknown) => EntityTables;
}

export type StudioStore = ReturnType<typeof createStudioStore>;

const initial = (): StudioState => {
  const tables = emptyTables();
  return { rev: null, base: tables, entities: tables, overlays: [], loads: {}, history: null };
};

export function createStudioStore({ invoke, gapMs = GAP_MS }: StudioStoreOptions) {
  const store: StoreApi<StudioState> = createStore<StudioState>()(initial);
  /** Change sets waiting for the ones before them, by rev. */
  let waiting = new Map<number, ChangeSet>();
  /** Change sets applied lately, oldest first: replayed over query answers. */
  let log: ChangeSet[] = [];
  const queries = new Map<string, QuerySpec>();
  /** Bumped by reset, so answers about the project before are dropped. */
  let epoch = 0;
  /** The latest read per key: an answer to an older one is dropped. */
  let readCount = 0;
  const reads = new Map<string, number>();
  let gapTimer: ReturnType<typeof setTimeout> | null = null;
  let base: Promise<void> | null = null;
  let catching: Promise<void> | null = null;
  let nextOverlay = 1;
  let historyTimer: ReturnType<typeof setTimeout> | null = null;
  let historyAsked = 0;

  const get = store.getState;
  const withOverlays = (tables: EntityTables, overlays: StudioState['overlays']) =>
    overlays.reduce((t, o) => applyPatch(t, o.patch), tables);
  const setBase = (next: EntityTables, extra: Partial<StudioState> = {}) => {
    const overlays = extra.overlays ?? get().overlays;
    store.setState({ ...extra, base: next, entities: overlays.length ? withOverlays(next, overlays) : next });
  };

  function applyOne(cs: ChangeSet): void {
    log.push(cs);
    if (log.length > LOG_LIMIT) log = log.slice(-LOG_LIMIT);
    setBase(applyChanges(get().base, cs.changes), { rev: cs.rev });
  }

  function drain(): void {
    let rev = get().rev;
    if (rev === null) return;
    for (let next = waiting.get(rev + 1); next; next = waiting.get(rev + 1)) {
      waiting.delete(rev + 1);
      applyOne(next);
      rev = next.rev;
    }
    for (const r of waiting.keys()) if (r <= rev) waiting.delete(r);
    if (waiting.size > 0) armGap();
    else disarmGap();
  }

  function armGap(): void {
    if (gapTimer !== null) return;
    gapTimer = setTimeout(() => {
      gapTimer = null;
      if (waiting.size > 0) void catchUp();
    }, gapMs);
  }

  function disarmGap(): void {
    if (gapTimer !== null) clearTimeout(gapTimer);
    gapTimer = null;
  }

  /** Every change set the window hears of, from answers and events alike, in any order. */
  function applyChangeSet(cs: ChangeSet): void {
    const rev = get().rev;
    // Nothing read yet (the start screen, while another window edits): the first read starts afresh.
    if (rev === null && queries.size === 0) return;
    if (rev !== null && cs.rev <= rev) return;
    waiting.set(cs.rev, cs);
    drain();
  }

  /** Where the project is, learnt once per project before its first query. */
  function ensureBase(): Promise<void> {
    if (get().rev !== null) return Promise.resolve();
    const at = epoch;
    // A revision ahead of the project's: the core answers where it is, with no change sets to send.
    base ??= invoke('project.changesSince', { rev: Number.MAX_SAFE_INTEGER })
      .then((answer) => {
        if (at !== epoch || get().rev !== null) return;
        // Nothing is loaded yet, so change sets, were there any, would add nothing.
        const last = answer.reload ? answer.rev : Math.max(answer.rev, ...answer.changeSets.map((cs) => cs.rev));
        store.setState({ rev: last });
        drain();
      })
      .finally(() => {
        if (at === epoch) base = null;
      });
    return base;
  }

  /** Asks the core for what this window missed; on `reload`, reads every query again. */
  function catchUp(): Promise<void> {
    // Nothing read yet (no project open, say): there is nothing to catch up on.
    if (queries.size === 0) return Promise.resolve();
    if (get().rev === null) return ensureBase();
    const at = epoch;
    catching ??= invoke('project.changesSince', { rev: get().rev ?? 0 })
      .then((answer) => {
        if (at !== epoch) return;
        if (!answer.reload) {
          for (const cs of answer.changeSets) applyChangeSet(cs);
          return;
        }
        const rev = get().rev ?? 0;
        if (answer.rev <= rev) return;
        log = [];
        store.setState({ rev: answer.rev });
        drain();
        for (const key of queries.keys()) void read(key);
      })
      .catch(() => undefined)
      .finally(() => {
        if (at === epoch) catching = null;
        if (waiting.size > 0) armGap();
      });
    return catching;
  }

  async function read(key: string): Promise<void> {
    const spec = queries.get(key);
    if (!spec) return;
    const token = ++readCount;
    reads.set(key, token);
    const stale = () => reads.get(key) !== token;
    const loads = get().loads;
    if (loads[key]?.state !== 'loaded') store.setState({ loads: { ...loads, [key]: { state: 'loading' } } });
    try {
      await ensureBase();
      if (stale()) return;
      const since = get().rev ?? 0;
      const answer = await spec.fetch();
      if (stale()) return;
      const tail = log.filter((cs) => cs.rev > since);
      // The log was cut short since the query was sent: what was missed cannot be replayed.
      if ((get().rev ?? 0) > since && tail[0]?.rev !== since + 1) return void read(key);
      let tables = spec.put(get().base, answer);
      const only = new Set(spec.types);
      for (const cs of tail) tables = applyChanges(tables, cs.changes, only);
      setBase(tables, { loads: { ...get().loads, [key]: { state: 'loaded' } } });
      if (get().history === null) refreshHistory();
    } catch (error) {
      if (stale()) return;
      store.setState({ loads: { ...get().loads, [key]: { state: 'failed', error } } });
    } finally {
      if (reads.get(key) === token) reads.delete(key);
    }
  }

  /**
   * Reads a query once per project (again after reset, a `reload`, or `force`). `put` puts its
   * answer into the tables; `types` are the tables it fills, replayed as the header says.
   */
  function load<A>(key: string, types: readonly EntityType[], fetch: () => Promise<A>, put: (tables: EntityTables, answer: A) => EntityTables, force = false): Promise<void> {
    const known = queries.has(key);
    queries.set(key, { types, fetch, put: put as QuerySpec['put'] });
    if (known && !force && get().loads[key]?.state !== 'failed') return Promise.resolve();
    return read(key);
  }

  function loadCollection(type: CollectionType, force = false): Promise<void> {
    const fetch = collectionOps[type] as (invoke: Invoke) => Promise<Entities[typeof type][]>;
    return load(type, [type], () => fetch(invoke), (tables, rows) => replaceTable(tables, type, rows), force);
  }

  function addOverlay(patch: OptimisticPatch): number {
    const id = nextOverlay++;
    const overlays = [...get().overlays, { id, patch }];
    store.setState({ overlays, entities: withOverlays(get().base, overlays) });
    return id;
  }

  function dropOverlay(id: number): void {
    const overlays = get().overlays.filter((o) => o.id !== id);
    if (overlays.length === get().overlays.length) return;
    store.setState({ overlays, entities: withOverlays(get().base, overlays) });
  }

  function reset(): void {
    epoch += 1;
    waiting = new Map();
    log = [];
    queries.clear();
    reads.clear();
    base = null;
    catching = null;
    disarmGap();
    if (historyTimer !== null) clearTimeout(historyTimer);
    historyTimer = null;
    historyAsked += 1;
    store.setState(initial());
  }

  const setHistory = (history: HistoryState) => {
    historyAsked += 1;
    store.setState({ history });
  };

  /** Asks history.state soon; a burst of changes (a note being typed) asks once. */
  function refreshHistory(): void {
    if (historyTimer !== null) clearTimeout(historyTimer);
    historyTimer = setTimeout(() => {
      historyTimer = null;
      // No project read (closed meanwhile, say): nothing to ask; the next read asks.
      if (queries.size === 0) return;
      const mine = ++historyAsked;
      invoke('history.state', {}).then(
        // The same steps again (a note's typing changes none): the undo buttons need not render.
        (history) => mine === historyAsked && JSON.stringify(history) !== JSON.stringify(get().history) && store.setState({ history }),
        () => undefined,
      );
    }, HISTORY_MS);
  }

  return { store, applyChangeSet, catchUp, load, loadCollection, addOverlay, dropOverlay, reset, setHistory, refreshHistory };
}
