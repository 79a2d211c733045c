import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../shared/live/changeSet';
import type { StudioEvent } from '../../shared/live/studioEvents';
import { HISTORY_DEPTH, HISTORY_TRIM_EVERY } from '../../main/core/live/historyStore';
import { startStudio } from './support/tempStudio';

const A = 'window-a-0001';
const B = 'window-b-0002';

async function openStudio() {
  const studio = await startStudio();
  await studio.ok('project.create', { path: 'Live', lang: 'en' });
  const events: StudioEvent[] = [];
  studio.dispatcher.subscribe((e) => events.push(e));
  const as = async (clientId: string | undefined, op: string, input: unknown) => {
    const r = await studio.dispatcher.dispatch(op, input, clientId);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r;
  };
  return { studio, events, as };
}

describe('a mutation answers its change set and every client hears of it', () => {
  it('a persona created, renamed and deleted travels as added, updated and removed, with rising revisions', async () => {
    const { events, as } = await openStudio();
    const created = await as(A, 'persona.create', { name: 'Ania' });
    const id = (created.value as { id: string }).id;
    expect(created.changes?.changes.persona?.added.map((p) => p.name)).toEqual(['Ania']);
    const renamed = await as(B, 'persona.rename', { id, name: 'Anna' });
    expect(renamed.changes?.changes.persona?.updated.map((p) => p.name)).toEqual(['Anna']);
    expect(renamed.changes?.clientId).toBe(B);
    const deleted = await as(A, 'persona.delete', { id });
    expect(deleted.changes?.changes.persona?.removed).toEqual([id]);
    const revs = [created, renamed, deleted].map((r) => r.changes!.rev);
    expect(revs[1]).toBe(revs[0]! + 1);
    expect(revs[2]).toBe(revs[1]! + 1);
    const pushed = events.filter((e) => e.type === 'changes').map((e) => (e.payload as ChangeSet).rev);
    expect(pushed).toEqual(revs);
  });

  it('a query answers no change set and raises no revision', async () => {
    const { as } = await openStudio();
    const list = await as(A, 'persona.list', {});
    expect(list.changes).toBeUndefined();
  });

  it('a client that missed change sets gets them from changesSince, or is told to reload', async () => {
    const { as } = await openStudio();
    const first = await as(A, 'persona.create', { name: 'Ania' });
    await as(A, 'persona.create', { name: 'Bartek' });
    const since = (await as(B, 'project.changesSince', { rev: first.changes!.rev })).value as { reload: boolean; changeSets: ChangeSet[] };
    expect(since.reload).toBe(false);
    expect(since.changeSets.map((c) => c.changes.persona?.added[0]?.name)).toEqual(['Bartek']);
    const behind = (await as(B, 'project.changesSince', { rev: 0 })).value as { reload: boolean };
    expect(behind.reload).toBe(first.changes!.rev > 1);
  });
});

describe('undo lives in the core, one history per window', () => {
  it("undo in one window reverses its own last step, never another window's", async () => {
    const { as } = await openStudio();
    const a = (await as(A, 'persona.create', { name: 'Ania' })).value as { id: string };
    const b = (await as(B, 'persona.create', { name: 'Bartek' })).value as { id: string };
    await as(A, 'persona.rename', { id: b.id, name: 'Bartosz' });
    const undone = await as(B, 'history.undo', {});
    expect((undone.value as { op: string }).op).toBe('persona.create');
    expect(undone.changes?.changes.persona?.removed).toEqual([b.id]);
    const names = ((await as(A, 'persona.list', {})).value as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(['Ania']);
    const undoneA = await as(A, 'history.undo', {});
    expect((undoneA.value as { op: string }).op).toBe('persona.rename');
    await as(A, 'history.undo', {});
    expect(((await as(A, 'persona.list', {})).value as unknown[]).length).toBe(0);
    const redone = await as(A, 'history.redo', {});
    expect(redone.changes?.changes.persona?.added.map((p) => p.id)).toEqual([a.id]);
  });

  it('a window without a client id cannot undo, and the refusal changes nothing', async () => {
    const { studio, as } = await openStudio();
    await as(A, 'persona.create', { name: 'Ania' });
    const r = await studio.dispatcher.dispatch('history.undo', {});
    expect(r.ok).toBe(false);
    expect(((await as(A, 'persona.list', {})).value as unknown[]).length).toBe(1);
  });

  it('a client id of the wrong shape is refused', async () => {
    const { studio } = await openStudio();
    const r = await studio.dispatcher.dispatch('persona.create', { name: 'X' }, 'bad id!');
    expect(r.ok).toBe(false);
  });

  it('a window keeps at least its last HISTORY_DEPTH steps, two windows typing in turn alike, and older ones fall off', async () => {
    const { as } = await openStudio();
    const steps = HISTORY_DEPTH + 3 * HISTORY_TRIM_EVERY;
    const personas: Record<string, string> = {};
    for (const w of [A, B]) personas[w] = ((await as(w, 'persona.create', { name: `P ${w}` })).value as { id: string }).id;
    for (let i = 1; i <= steps; i++) for (const w of [A, B]) await as(w, 'persona.rename', { id: personas[w]!, name: `${w} ${i}` });
    for (const w of [A, B]) {
      let undone = 0;
      while (((await as(w, 'history.undo', {})).value as { op: string | null }).op !== null) undone++;
      expect(undone).toBeGreaterThanOrEqual(HISTORY_DEPTH);
      expect(undone).toBeLessThan(HISTORY_DEPTH + HISTORY_TRIM_EVERY);
      // The oldest steps are the ones gone: the name comes back to a late one, not to the first.
      const name = ((await as(w, 'persona.list', {})).value as { id: string; name: string }[]).find((p) => p.id === personas[w])!.name;
      expect(Number(name.split(' ').at(-1))).toBeGreaterThan(steps - HISTORY_DEPTH - HISTORY_TRIM_EVERY);
    }
  });

  it('undo keeps a column another window changed since', async () => {
    const { as } = await openStudio();
    const map = (await as(A, 'journey.create', { name: 'Mapa', template: 'empty' })).value as { id: string };
    await as(B, 'journey.update', { id: map.id, goal: 'Cel B' });
    await as(A, 'journey.update', { id: map.id, name: 'Mapa A' });
    await as(B, 'journey.update', { id: map.id, name: 'Mapa B' });
    // A's rename was overwritten by B: undoing it must not bring back "Mapa".
    await as(A, 'history.undo', {});
    const list = (await as(A, 'journey.list', {})).value as { name: string; goal: string }[];
    expect(list[0]).toMatchObject({ name: 'Mapa B', goal: 'Cel B' });
  });
});

describe('rows that appear are added, whatever their table', () => {
  it("a persona's first score at a stage arrives as added, a changed one as updated", async () => {
    const { as } = await openStudio();
    const persona = (await as(A, 'persona.create', { name: 'Ania' })).value as { id: string };
    const map = (await as(A, 'journey.create', { name: 'Mapa', template: 'five-stages', personaIds: [persona.id] })).value as { id: string };
    const stages = ((await as(A, 'journey.get', { id: map.id })).value as { stages: { id: string }[] }).stages;
    const first = await as(A, 'emotion.set', { stageId: stages[0]!.id, personaId: persona.id, score: 2 });
    expect(first.changes?.changes.emotion?.added.map((e) => e.score)).toEqual([2]);
    const second = await as(A, 'emotion.set', { stageId: stages[0]!.id, personaId: persona.id, score: -1 });
    expect(second.changes?.changes.emotion?.updated.map((e) => e.score)).toEqual([-1]);
  });
});
