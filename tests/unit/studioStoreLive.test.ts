import { describe, expect, it, vi } from 'vitest';
import type { ChangeSet } from '../../shared/live/changeSet';
import type { Dispatcher } from '../../main/core/dispatch';
import { createStudioStore, type Invoke } from '../../renderer/data/studioStore';
import { selectRows } from '../../renderer/data/selectRows';
import { startStudio } from './support/tempStudio';

/** A window as api.ts makes one: its client id on every call, an answer's change set put in before the caller resumes. */
function windowOn(dispatcher: Dispatcher, clientId: string) {
  // Filled in below: the store needs invoke, and invoke hands answers to the store.
  const box: { store?: ReturnType<typeof createStudioStore> } = {};
  const invoke = (async (op: string, input: unknown) => {
    const result = await dispatcher.dispatch(op, input, clientId);
    if (!result.ok) throw new Error(`${op}: ${result.error.code}`);
    if (result.changes) box.store?.applyChangeSet(result.changes);
    return result.value;
  }) as Invoke;
  const store = createStudioStore({ invoke });
  box.store = store;
  const events: ChangeSet[] = [];
  const stop = dispatcher.subscribe((event) => {
    if (event.type !== 'changes') return;
    events.push(event.payload);
    store.applyChangeSet(event.payload);
  });
  const names = (type: 'persona' | 'interview') =>
    selectRows(type, store.store.getState().entities[type]).map((row) => ('name' in row ? row.name : row.title));
  return { store, invoke, names, events, stop };
}

describe('two client stores on the real core', () => {
  it('follow each other’s changes, a soft delete and its undo included, and undo only their own', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'Live' });
    const a = windowOn(studio.dispatcher, 'window-aaaa');
    const b = windowOn(studio.dispatcher, 'window-bbbb');
    try {
      await a.invoke('persona.create', { name: 'Anna' });
      const olga = await a.invoke('interview.create', { title: 'Wywiad z Olą' });
      await Promise.all([a.store.loadCollection('persona'), a.store.loadCollection('interview')]);
      await Promise.all([b.store.loadCollection('persona'), b.store.loadCollection('interview')]);
      expect(b.names('persona')).toEqual(['Anna']);

      const anna = Object.values(a.store.store.getState().entities.persona)[0]!;
      await a.invoke('persona.rename', { id: anna.id, name: 'Anka' });
      await b.invoke('persona.create', { name: 'Bartek' });
      await a.invoke('interview.delete', { id: olga.id });
      await vi.waitFor(() => expect(b.names('interview')).toEqual([]));
      expect(b.names('persona')).toEqual(['Anka', 'Bartek']);
      expect(a.names('persona')).toEqual(['Anka', 'Bartek']);

      // A's undo brings the interview back (a restored row arrives as `added`) in both stores.
      const step = await a.invoke('history.undo', {});
      expect(step.op).toBe('interview.delete');
      await vi.waitFor(() => expect(b.names('interview')).toEqual(['Wywiad z Olą']));
      expect(a.names('interview')).toEqual(['Wywiad z Olą']);

      // B's undo takes back B's own persona, never A's rename.
      expect((await b.invoke('history.undo', {})).op).toBe('persona.create');
      await vi.waitFor(() => expect(a.names('persona')).toEqual(['Anka']));
      expect((await b.invoke('history.state', {})).undo).toBeNull();
      expect((await a.invoke('history.state', {})).undo).toBe('persona.rename');

      // Both stores stand at the core's revision, and hold the same rows.
      const rev = Math.max(...a.events.map((cs) => cs.rev));
      expect(a.store.store.getState().rev).toBe(rev);
      expect(b.store.store.getState().rev).toBe(rev);
      expect(b.store.store.getState().entities.persona).toEqual(a.store.store.getState().entities.persona);
    } finally {
      a.stop();
      b.stop();
    }
  });
});
