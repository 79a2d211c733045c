import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opNames, operations, type OpName } from '../../shared/operations';
import { snapshotRows, startStudio, type TestStudio } from './support/tempStudio';

interface Ctx {
  personaId: string;
  projectPath: string;
  interviewId: string;
  tagId: string;
  highlightId: string;
  mapId: string;
  stageId: string;
  laneId: string;
  itemId: string;
}

const NOTES = {
  format: 'journey-studio/notes',
  version: 1,
  editorState: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst' }] }] } },
};

/** One valid input per operation; the fuzz cases are derived from it. A new operation must add one. */
const validInput: Record<OpName, (c: Ctx) => Record<string, unknown>> = {
  'app.settings': () => ({}),
  'app.updateSettings': () => ({ lang: 'pl', theme: 'dark' }),
  'app.recent': () => ({}),
  'app.forgetRecent': (c) => ({ path: c.projectPath }),
  'app.browse': (c) => ({ dir: join(c.projectPath, '..') }),
  'app.dialog': () => ({ kind: 'open', suggestedName: 'x' }),
  'project.create': () => ({ path: 'Fuzz', sample: true, lang: 'en' }),
  'project.open': (c) => ({ path: c.projectPath }),
  'project.openSample': () => ({}),
  'project.current': () => ({}),
  'project.close': () => ({}),
  'project.check': (c) => ({ path: c.projectPath }),
  'project.inspect': (c) => ({ path: c.projectPath }),
  'project.takeOver': (c) => ({ path: c.projectPath }),
  'bundle.export': (c) => ({ project: c.projectPath, out: join(c.projectPath, '..', 'fuzz.cjbundle'), jobId: 'fuzz-job-1' }),
  'bundle.verify': (c) => ({ path: join(c.projectPath, '..', 'fuzz.cjbundle') }),
  'bundle.import': (c) => ({ bundle: join(c.projectPath, '..', 'fuzz.cjbundle'), path: 'Fuzz import' }),
  'map.export': (c) => ({ project: c.projectPath, mapId: c.mapId, format: 'pdf', paper: 'a2', out: join(c.projectPath, '..', 'fuzz.pdf') }),
  'job.cancel': () => ({ jobId: 'fuzz-job-1' }),
  'persona.list': () => ({}),
  'persona.create': () => ({ name: 'Nowa' }),
  'persona.rename': (c) => ({ id: c.personaId, name: 'Inna' }),
  'persona.delete': (c) => ({ id: c.personaId }),
  'persona.restore': (c) => ({ id: c.personaId }),
  'persona.reorder': (c) => ({ ids: [c.personaId] }),
  'interview.list': () => ({}),
  'interview.get': (c) => ({ id: c.interviewId }),
  'interview.create': () => ({ title: 'Wywiad', participant: 'P1', startedAt: '2026-11-24T10:30', durationMin: 45, consent: true }),
  'interview.update': (c) => ({ id: c.interviewId, place: 'Salon', personaIds: [c.personaId] }),
  'interview.delete': (c) => ({ id: c.interviewId }),
  'interview.restore': (c) => ({ id: c.interviewId }),
  'interview.saveNotes': (c) => ({ id: c.interviewId, notes: NOTES, baseVersion: 0 }),
  'interview.import': () => ({ fileName: 'notes.txt', content: Buffer.from('Ala ma kota').toString('base64') }),
  'note.open': (c) => ({ interviewId: c.interviewId }),
  'note.update': (c) => ({ interviewId: c.interviewId, update: 'AAAA' }),
  'highlight.list': (c) => ({ tagId: c.tagId }),
  'highlight.create': (c) => ({ id: c.highlightId, interviewId: c.interviewId, quote: 'Tekst', tagIds: [c.tagId], notes: NOTES, baseVersion: 0 }),
  'highlight.setTags': (c) => ({ id: c.highlightId, tagIds: [c.tagId] }),
  'highlight.delete': (c) => ({ id: c.highlightId }),
  'tag.list': () => ({}),
  'tag.create': () => ({ name: 'Cena', colour: '#112233' }),
  'tag.update': (c) => ({ id: c.tagId, name: 'Koszt' }),
  'tag.merge': (c) => ({ sourceId: c.tagId, targetId: c.highlightId }),
  'tag.delete': (c) => ({ id: c.tagId }),
  'search.query': () => ({ q: 'źródło', limit: 10 }),
  'journey.list': () => ({}),
  'journey.get': (c) => ({ id: c.mapId }),
  'journey.create': (c) => ({ name: 'Zakup auta', goal: 'Kupić auto', personaIds: [c.personaId], template: 'five-stages', lang: 'pl', scale: 5, state: 'current' }),
  'journey.update': (c) => ({ id: c.mapId, name: 'Zakup', goal: 'Cel', state: 'future', scale: 2, personaIds: [c.personaId] }),
  'journey.delete': (c) => ({ id: c.mapId }),
  'journey.createFuture': (c) => ({ id: c.mapId, name: 'Przyszłość' }),
  'stage.add': (c) => ({ mapId: c.mapId, name: 'Etap', index: 1 }),
  'stage.update': (c) => ({ id: c.stageId, name: 'Etap 2' }),
  'stage.move': (c) => ({ id: c.stageId, index: 2 }),
  'stage.delete': (c) => ({ id: c.stageId }),
  'lane.add': (c) => ({ mapId: c.mapId, name: 'Tor', kind: 'custom', index: 0 }),
  'lane.update': (c) => ({ id: c.laneId, name: 'Kanały', hidden: true }),
  'lane.move': (c) => ({ id: c.laneId, index: 3 }),
  'lane.delete': (c) => ({ id: c.laneId }),
  'item.create': (c) => ({ stageId: c.stageId, laneId: c.laneId, text: 'Notatka', colour: '#fff59d', owner: 'Ala', channelId: 'email', index: 0 }),
  'item.update': (c) => ({ id: c.itemId, text: 'Zmiana', colour: '#b3e5fc', owner: 'Olek', channelId: 'sms' }),
  'item.move': (c) => ({ id: c.itemId, stageId: c.stageId, laneId: c.laneId, index: 0 }),
  'item.delete': (c) => ({ id: c.itemId }),
  'item.fromHighlight': (c) => ({ highlightId: c.highlightId, stageId: c.stageId, laneId: c.laneId, index: 0, colour: '#ffcc80' }),
  'emotion.set': (c) => ({ stageId: c.stageId, personaId: c.personaId, score: -2, note: 'Nerwy' }),
  'evidence.link': (c) => ({ itemId: c.itemId, highlightId: c.highlightId }),
  'history.undo': () => ({}),
  'history.redo': () => ({}),
  'history.state': () => ({}),
  'project.changesSince': () => ({ rev: 0 }),
  'evidence.unlink': (c) => ({ itemId: c.itemId, highlightId: c.highlightId }),
};

/** Every input key of the table, so the property test only adds keys no schema knows. */
const KNOWN_KEYS = new Set(
  opNames.flatMap((op) => {
    const shape = (operations[op].input as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } });
    return Object.keys(shape.shape ?? shape.def?.in?.shape ?? {});
  }).concat('__proto__'),
);

const HUGE = 'ż'.repeat(1_000_000);

function badVariants(sample: Record<string, unknown>): unknown[] {
  const out: unknown[] = [42, 'text', [], true, null, { ...sample, unexpected: 1 }, { ...sample, __proto__: { x: 1 }, constructor: 'x' }];
  for (const key of Object.keys(sample)) {
    out.push({ ...sample, [key]: HUGE });
    out.push({ ...sample, [key]: { nested: true } });
    out.push({ ...sample, [key]: typeof sample[key] === 'string' ? 12345 : 'wrong type' });
  }
  return out;
}

async function setup(): Promise<{ studio: TestStudio; ctx: Ctx; state: () => string }> {
  const studio = await startStudio();
  const info = await studio.ok('project.create', { path: 'fuzz-target' });
  const persona = await studio.ok('persona.create', { name: 'Stała' });
  const interview = await studio.ok('interview.create', { title: 'Stały wywiad' });
  const tag = await studio.ok('tag.create', { name: 'Stały tag' });
  const created = await studio.ok('journey.create', { name: 'Stała mapa', personaIds: [persona.id], template: 'three-stages', lang: 'pl' });
  const map = await studio.ok('journey.get', { id: created.id });
  const stageId = map.stages[0]!.id;
  const laneId = map.lanes.find((l) => l.kind === 'channels')!.id;
  const item = await studio.ok('item.create', { stageId, laneId, text: 'Stała notatka', channelId: 'email' });
  const ctx = {
    personaId: persona.id,
    projectPath: info.path,
    interviewId: interview.id,
    tagId: tag.id,
    highlightId: randomUUID(),
    mapId: map.id,
    stageId,
    laneId,
    itemId: item.changedId,
  };
  const configDir = join(studio.dir, 'config');
  const state = () =>
    snapshotRows(info.path) +
    readdirSync(configDir)
      .sort()
      .map((f) => readFileSync(join(configDir, f), 'utf8'))
      .join('|');
  return { studio, ctx, state };
}

describe('every operation refuses bad input with a clear error and changes nothing', () => {
  it('covers every operation of the table', () => {
    expect(Object.keys(validInput).sort()).toEqual([...opNames].sort());
    // The variants are only meaningful if the input they are derived from is itself valid.
    const uuid = '0b6e1c1e-9a6f-4d55-9f0e-3c1f1f0b8a01';
    const ctx = { personaId: uuid, projectPath: '/tmp/x.cjstudio', interviewId: uuid, tagId: uuid, highlightId: randomUUID(), mapId: uuid, stageId: uuid, laneId: uuid, itemId: uuid };
    for (const op of opNames) expect(operations[op].input.safeParse(validInput[op](ctx)).success, op).toBe(true);
  });

  it('wrong types, huge strings, unknown keys and non-objects → invalid_input, database unchanged', async () => {
    const { studio, ctx, state } = await setup();
    const before = state();
    for (const op of opNames) {
      for (const bad of badVariants(validInput[op](ctx))) {
        const r = await studio.call(op, bad);
        expect(r.ok, `${op} accepted ${JSON.stringify(bad)?.slice(0, 80)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code, op).toBe('invalid_input');
          expect(r.error.message.length).toBeLessThan(1000);
          expect(r.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
        }
      }
    }
    expect(state()).toBe(before);
  });

  it('random extra keys on any operation are refused (property)', async () => {
    const { studio, ctx, state } = await setup();
    const before = state();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...opNames),
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !KNOWN_KEYS.has(k)),
        fc.anything(),
        async (op, key, value) => {
          const r = await studio.call(op, { ...validInput[op](ctx), [key]: value });
          return !r.ok && r.error.code === 'invalid_input';
        },
      ),
      { numRuns: 150, seed: 20261124 },
    );
    expect(state()).toBe(before);
  });

  it('an unknown operation name is refused as unknown_operation', async () => {
    const { studio } = await setup();
    const r = await studio.dispatcher.dispatch('persona.drop_all', {});
    expect(r.ok || r.error.code).toBe('unknown_operation');
  });

  it('operation names that are Object.prototype members are unknown operations, not internal errors', async () => {
    const { studio, state } = await setup();
    const before = state();
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'error.internal', 'validation.name_empty']) {
      const r = await studio.dispatcher.dispatch(name, {});
      expect(r.ok || r.error.code, name).toBe('unknown_operation');
      if (!r.ok) expect(r.error.message, name).toContain(name);
    }
    expect(state()).toBe(before);
  });

  it('any operation name that is not in the table is refused as unknown_operation (property)', async () => {
    const { studio } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype))), async (name) => {
        fc.pre(!(opNames as string[]).includes(name));
        const r = await studio.dispatcher.dispatch(name, {});
        return !r.ok && r.error.code === 'unknown_operation' && r.error.message.length < 300;
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});

const ID_KEYS = ['personaId', 'interviewId', 'tagId', 'highlightId', 'mapId', 'stageId', 'laneId', 'itemId'] as const;

describe('ids that name nothing, or name something in capitals', () => {
  it('a random id in any id field answers a typed error or works, never internal', async () => {
    const { studio, ctx } = await setup();
    const internal: string[] = [];
    for (const op of opNames) {
      for (const key of ID_KEYS) {
        const input = validInput[op]({ ...ctx, [key]: randomUUID() });
        if (JSON.stringify(input) === JSON.stringify(validInput[op](ctx))) continue;
        const r = await studio.call(op, input);
        if (!r.ok && r.error.code === 'internal') internal.push(`${op} with a random ${key}`);
      }
    }
    expect(internal).toEqual([]);
  });

  it('highlight.create for an interview that does not exist answers not_found and keeps nothing', async () => {
    const { studio, ctx, state } = await setup();
    const before = state();
    const r = await studio.call('highlight.create', validInput['highlight.create']({ ...ctx, interviewId: randomUUID() }));
    expect(r.ok || r.error.code).toBe('not_found');
    expect(state()).toBe(before);
  });

  it('every schema reads an id in capitals as the same id, so it finds what it names', async () => {
    const upper = Object.fromEntries(ID_KEYS.map((k) => [k, randomUUID().toUpperCase()])) as unknown as Ctx;
    for (const op of opNames) {
      const parsed = operations[op].input.safeParse(validInput[op]({ ...upper, projectPath: '/tmp/x.cjstudio' }));
      expect(parsed.success, op).toBe(true);
      expect(JSON.stringify(parsed.data), op).not.toMatch(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/);
    }
    const { studio, ctx } = await setup();
    const made = await studio.ok('highlight.create', validInput['highlight.create']({ ...ctx, interviewId: ctx.interviewId.toUpperCase() }));
    expect(made.highlight.interviewId).toBe(ctx.interviewId);
    expect((await studio.ok('persona.rename', { id: ctx.personaId.toUpperCase(), name: 'Duża' })).id).toBe(ctx.personaId);
  });
});
