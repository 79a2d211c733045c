import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeSet } from '../../shared/live/changeSet';
import type { Persona } from '../../shared/schema/persona';
import { createStudioStore, type Invoke } from '../../renderer/data/studioStore';
import { selectRows } from '../../renderer/data/selectRows';

const persona = (id: string, name: string, position = 0): Persona => ({ id, name, position, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
const cs = (rev: number, changes: ChangeSet['changes'], clientId: string | null = null): ChangeSet => ({ rev, op: 'persona.rename', clientId, changes });
const renamed = (rev: number, p: Persona) => cs(rev, { persona: { added: [], updated: [p], removed: [] } });

/** A core that answers what the test says, and records what it was asked. */
function fakeCore(at: number, personas: Persona[] = []) {
  const asked: { op: string; input: unknown }[] = [];
  const answers: Record<string, (input: unknown) => unknown> = {
    'project.changesSince': () => ({ reload: true, rev: at }),
    'persona.list': () => personas,
  };
  const invoke = (async (op: string, input: unknown) => {
    asked.push({ op, input });
    const answer = answers[op];
    if (!answer) throw new Error(`unexpected ${op}`);
    return answer(input);
  }) as Invoke;
  return { invoke, asked, answers };
}

afterEach(() => vi.useRealTimers());

describe('the client store', () => {
  it('applies change sets strictly in rev order and ignores ones it has seen', async () => {
    const core = fakeCore(5, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    expect(s.store.getState().rev).toBe(5);

    s.applyChangeSet(renamed(6, persona('a', 'Anka')));
    // The same rev again (the answer and the event both bring it), and an older one: no effect.
    s.applyChangeSet(renamed(6, persona('a', 'Wrong')));
    s.applyChangeSet(renamed(4, persona('a', 'Older')));
    expect(s.store.getState().entities.persona.a?.name).toBe('Anka');
    expect(s.store.getState().rev).toBe(6);
  });

  it('holds a change set that skipped one until the missing one arrives', async () => {
    vi.useFakeTimers();
    const core = fakeCore(5, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');

    s.applyChangeSet(renamed(7, persona('a', 'Seven')));
    expect(s.store.getState().entities.persona.a?.name).toBe('Anna');
    s.applyChangeSet(renamed(6, persona('a', 'Six')));
    expect(s.store.getState().entities.persona.a?.name).toBe('Seven');
    expect(s.store.getState().rev).toBe(7);
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.asked.filter((a) => a.op === 'project.changesSince')).toHaveLength(1);
  });

  it('asks project.changesSince when a gap is not filled in time', async () => {
    vi.useFakeTimers();
    const core = fakeCore(5, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke, gapMs: 150 });
    await s.loadCollection('persona');
    core.answers['project.changesSince'] = () => ({ reload: false, rev: 7, changeSets: [renamed(6, persona('a', 'Six')), renamed(7, persona('a', 'Seven'))] });

    s.applyChangeSet(renamed(7, persona('a', 'Seven')));
    await vi.advanceTimersByTimeAsync(100);
    expect(core.asked.filter((a) => a.op === 'project.changesSince')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(core.asked.at(-1)).toEqual({ op: 'project.changesSince', input: { rev: 5 } });
    expect(s.store.getState().rev).toBe(7);
    expect(s.store.getState().entities.persona.a?.name).toBe('Seven');
  });

  it('reads every loaded list again when the core no longer has what was missed', async () => {
    vi.useFakeTimers();
    const core = fakeCore(5, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    core.answers['project.changesSince'] = () => ({ reload: true, rev: 41 });
    core.answers['persona.list'] = () => [persona('a', 'FortyTwo'), persona('b', 'Bartek', 1)];

    s.applyChangeSet(renamed(42, persona('a', 'FortyTwo')));
    await vi.advanceTimersByTimeAsync(200);
    const state = s.store.getState();
    expect(state.rev).toBe(42);
    expect(core.asked.filter((a) => a.op === 'persona.list')).toHaveLength(2);
    expect(selectRows('persona', state.entities.persona).map((p) => p.name)).toEqual(['FortyTwo', 'Bartek']);
  });

  it('replays change sets that arrived while a list was on its way', async () => {
    const core = fakeCore(5);
    const s = createStudioStore({ invoke: core.invoke });
    let answer!: (rows: Persona[]) => void;
    core.answers['persona.list'] = () => new Promise<Persona[]>((resolve) => (answer = resolve));
    const loading = s.loadCollection('persona');
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));

    // Taken at rev 6: holds "Six" but not rev 7's rename nor rev 7's new persona.
    s.applyChangeSet(renamed(6, persona('a', 'Six')));
    s.applyChangeSet(cs(7, { persona: { added: [persona('b', 'Bartek', 1)], updated: [persona('a', 'Seven')], removed: [] } }));
    answer([persona('a', 'Six')]);
    await loading;

    const state = s.store.getState();
    expect(state.loads.persona).toEqual({ state: 'loaded' });
    expect(selectRows('persona', state.entities.persona).map((p) => p.name)).toEqual(['Seven', 'Bartek']);
  });

  it('takes a soft-deleted row away and brings a restored one back', async () => {
    const core = fakeCore(0, [persona('a', 'Anna'), persona('b', 'Bartek', 1)]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    s.applyChangeSet(cs(1, { persona: { added: [], updated: [], removed: ['a'] } }));
    expect(Object.keys(s.store.getState().entities.persona)).toEqual(['b']);
    s.applyChangeSet(cs(2, { persona: { added: [persona('a', 'Anna')], updated: [], removed: [] } }));
    expect(selectRows('persona', s.store.getState().entities.persona).map((p) => p.name)).toEqual(['Anna', 'Bartek']);
  });

  it('keeps the very same table and rows where a change set touched nothing', async () => {
    const core = fakeCore(0, [persona('a', 'Anna'), persona('b', 'Bartek', 1)]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    const before = s.store.getState().entities;
    s.applyChangeSet(cs(1, { tag: { added: [{ id: 't', name: 'Ból', colour: '#aa0000', highlightCount: 0 }], updated: [], removed: [] } }));
    const after = s.store.getState().entities;
    expect(after.persona).toBe(before.persona);
    expect(after.tag).not.toBe(before.tag);
    s.applyChangeSet(renamed(2, persona('b', 'Bartosz', 1)));
    expect(s.store.getState().entities.persona.a).toBe(before.persona.a);
  });

  it('shows an optimistic patch over the stored rows and takes it back', async () => {
    const core = fakeCore(0, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    const id = s.addOverlay({ persona: { merge: [{ id: 'a', name: 'Optimistic' }], remove: [] } });
    expect(s.store.getState().entities.persona.a?.name).toBe('Optimistic');
    // A change from elsewhere lands under the patch; the patch still shows over it.
    s.applyChangeSet(cs(1, { persona: { added: [persona('c', 'Celina', 2)], updated: [], removed: [] } }));
    expect(s.store.getState().entities.persona.a?.name).toBe('Optimistic');
    s.dropOverlay(id);
    const state = s.store.getState();
    expect(state.entities).toBe(state.base);
    expect(selectRows('persona', state.entities.persona).map((p) => p.name)).toEqual(['Anna', 'Celina']);
  });

  it('drops everything, answers still on their way included, on reset', async () => {
    const core = fakeCore(3);
    const s = createStudioStore({ invoke: core.invoke });
    let answer!: (rows: Persona[]) => void;
    core.answers['persona.list'] = () => new Promise<Persona[]>((resolve) => (answer = resolve));
    const loading = s.loadCollection('persona');
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    s.reset();
    answer([persona('a', 'Other project')]);
    await loading;
    expect(s.store.getState()).toMatchObject({ rev: null, loads: {}, entities: { persona: {} } });
  });
});

describe('catching up', () => {
  it('asks nothing while nothing has been read (the start screen has no project to ask about)', async () => {
    const core = fakeCore(3);
    const s = createStudioStore({ invoke: core.invoke });
    await s.catchUp();
    expect(core.asked).toEqual([]);
  });

  it('asks for what was missed since the store’s revision when the stream opens again', async () => {
    const core = fakeCore(3, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    core.answers['project.changesSince'] = () => ({ reload: false, rev: 4, changeSets: [renamed(4, persona('a', 'Anka'))] });
    await s.catchUp();
    expect(core.asked.at(-1)).toEqual({ op: 'project.changesSince', input: { rev: 3 } });
    expect(s.store.getState().entities.persona.a?.name).toBe('Anka');
  });
});

describe('the window’s history', () => {
  it('is asked once per burst of changes, and not at all once the project is gone', async () => {
    vi.useFakeTimers();
    const core = fakeCore(0, [persona('a', 'Anna')]);
    core.answers['history.state'] = () => ({ undo: 'persona.rename', redo: null });
    const s = createStudioStore({ invoke: core.invoke });
    await s.loadCollection('persona');
    for (let i = 0; i < 5; i++) s.refreshHistory();
    await vi.advanceTimersByTimeAsync(500);
    expect(core.asked.filter((a) => a.op === 'history.state')).toHaveLength(1);
    expect(s.store.getState().history).toEqual({ undo: 'persona.rename', redo: null });

    s.reset();
    s.refreshHistory();
    await vi.advanceTimersByTimeAsync(500);
    expect(core.asked.filter((a) => a.op === 'history.state')).toHaveLength(1);
    expect(s.store.getState().history).toBeNull();
  });
});

describe('before anything is read', () => {
  it('lets change sets heard on the start screen change nothing of the first read', async () => {
    const core = fakeCore(10, [persona('a', 'Anna')]);
    const s = createStudioStore({ invoke: core.invoke });
    for (let rev = 1; rev <= 10; rev++) s.applyChangeSet(renamed(rev, persona('a', `Name ${rev}`)));
    await s.loadCollection('persona');
    const state = s.store.getState();
    expect(state.rev).toBe(10);
    expect(state.entities.persona.a?.name).toBe('Anna');
    expect(core.asked.filter((a) => a.op === 'project.changesSince')).toHaveLength(1);
  });
});
