import { describe, expect, it } from 'vitest';
import type { Persona } from '../../shared/schema/persona';
import { createWriteQueue } from '../../renderer/app/createWriteQueue';
import { SaveStatusTracker, type SaveState } from '../../renderer/app/saveStatusTracker';
import { createMutator } from '../../renderer/data/createMutator';
import { createStudioStore, type Invoke } from '../../renderer/data/studioStore';
import { ApiError } from '../../renderer/transport/ApiError';

const anna: Persona = { id: 'a', name: 'Anna', position: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

/** A store with Anna read, a core whose answers the test releases one by one, and a real save tracker. */
async function setup() {
  const pending: { op: string; input: unknown; settle(ok: boolean, value?: unknown): void }[] = [];
  const invoke = ((op: string, input: unknown) => {
    if (op === 'project.changesSince') return Promise.resolve({ reload: true, rev: 1 });
    if (op === 'persona.list') return Promise.resolve([anna]);
    return new Promise<unknown>((resolve, reject) =>
      pending.push({ op, input, settle: (ok, value) => (ok ? resolve(value) : reject(new ApiError('conflict', 'A persona with that name exists.'))) }),
    );
  }) as Invoke;
  const store = createStudioStore({ invoke });
  await store.loadCollection('persona');
  const states: SaveState[] = [];
  const tracker = new SaveStatusTracker((s) => states.push(s));
  const refused: string[] = [];
  const mutate = createMutator({
    store,
    invoke,
    track: tracker.track,
    describe: (e) => (e instanceof Error ? e.message : String(e)),
    refused: (m) => refused.push(m),
    queue: createWriteQueue(),
  });
  const name = () => store.store.getState().entities.persona.a?.name;
  return { store, mutate, pending, refused, states, name };
}

describe('mutate', () => {
  it('shows an optimistic change at once and takes it back when the core refuses it, saying why', async () => {
    const { mutate, pending, refused, states, name } = await setup();
    const answer = mutate('persona.rename', { id: 'a', name: 'Bartek' }, { optimistic: { persona: { merge: [{ id: 'a', name: 'Bartek' }] } } });
    expect(name()).toBe('Bartek');
    await Promise.resolve();
    pending[0]!.settle(false);
    const result = await answer;
    expect(result.ok).toBe(false);
    expect(name()).toBe('Anna');
    expect(refused).toEqual(['A persona with that name exists.']);
    // Taken back, nothing is left unsaved: the indicator never says the project failed to save.
    expect(states.some((s) => s.kind === 'failed')).toBe(false);
  });

  it('drops the patch on success, leaving the change set as the truth', async () => {
    const { store, mutate, pending, name } = await setup();
    const answer = mutate('persona.rename', { id: 'a', name: 'Anka' }, { optimistic: { persona: { merge: [{ id: 'a', name: 'Anka' }] } } });
    await Promise.resolve();
    // What api.ts does before the caller resumes: the answer's change set goes into the store.
    store.applyChangeSet({ rev: 2, op: 'persona.rename', clientId: 'me', changes: { persona: { added: [], updated: [{ ...anna, name: 'Anka (stored)' }], removed: [] } } });
    pending[0]!.settle(true, { ...anna, name: 'Anka (stored)' });
    const result = await answer;
    expect(result).toEqual({ ok: true, value: { ...anna, name: 'Anka (stored)' } });
    expect(name()).toBe('Anka (stored)');
    expect(store.store.getState().overlays).toEqual([]);
  });

  it('sends the window’s writes one after another, in the order they were made', async () => {
    const { mutate, pending } = await setup();
    const first = mutate('persona.rename', { id: 'a', name: 'One' });
    const second = mutate('persona.rename', { id: 'a', name: 'Two' });
    await new Promise((r) => setTimeout(r, 10));
    expect(pending.map((p) => p.input)).toEqual([{ id: 'a', name: 'One' }]);
    pending[0]!.settle(true, anna);
    await first;
    await new Promise((r) => setTimeout(r, 10));
    expect(pending.map((p) => p.input)).toEqual([{ id: 'a', name: 'One' }, { id: 'a', name: 'Two' }]);
    pending[1]!.settle(true, anna);
    expect((await second).ok).toBe(true);
  });
});
