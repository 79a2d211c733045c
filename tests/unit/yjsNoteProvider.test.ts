import { describe, expect, it } from 'vitest';
import { readNotes } from '../../main/core/notes/readNotes';
import { HeadlessNote } from '../../main/core/notes/yjs/headlessNote';
import { StudioNoteProvider, type NoteTransport } from '../../renderer/editor/StudioNoteProvider';
import { NoteClient } from './support/noteClient';
import { startStudio, type TestStudio } from './support/tempStudio';

/** The editor's transport over the real dispatch, counting what it sends and failing the sends asked to fail. */
function transportTo(studio: TestStudio, interviewId: string, failFirst = 0) {
  const sent: number[] = [];
  let failures = failFirst;
  const transport: NoteTransport = {
    open: () => studio.ok('note.open', { interviewId }),
    async send(update, epoch) {
      sent.push(performance.now());
      if (failures-- > 0) throw new Error('the host did not answer');
      await studio.ok('note.update', { interviewId, update, epoch });
    },
    sendOnExit() {},
    onRemote: () => () => {},
    onReconnect: () => () => {},
  };
  return { transport, sent };
}

/** Words typed at the end of the note's first paragraph, as a window's editor would, `everyMs` apart. */
async function typeInto(note: HeadlessNote, words: string[], everyMs: number): Promise<void> {
  const typist = Object.assign(Object.create(NoteClient.prototype) as NoteClient, { note, outbox: [] });
  for (const word of words) {
    await typist.type(0, 1_000, word);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function setUp() {
  const studio = await startStudio();
  await studio.ok('project.create', { path: 'provider' });
  const { id } = await studio.ok('interview.create', { title: 'Wywiad' });
  return { studio, id };
}

describe('the notes editor’s Yjs provider, over the real dispatch', () => {
  it('sends typing in batches at most 150 ms apart, and is unsaved exactly until the core has it', async () => {
    const { studio, id } = await setUp();
    const { transport, sent } = transportTo(studio, id);
    const note = new HeadlessNote();
    const pending: boolean[] = [];
    const provider = new StudioNoteProvider(note.doc, transport, { onPending: (p) => pending.push(p), onError: () => {}, isFinal: () => false, onFinal: () => {} });
    await provider.connect();
    await note.settled();
    const words = Array.from({ length: 30 }, (_, i) => `słowo${i} `);
    const started = performance.now();
    await typeInto(note, words, 10);
    const typing = performance.now() - started;
    await provider.flush();
    // Unsaved from the first word; saved only when nothing was left unsent and nothing in flight.
    expect(pending[0]).toBe(true);
    expect(pending.at(-1)).toBe(false);
    expect(pending.every((p, i) => i === 0 || p !== pending[i - 1])).toBe(true);
    // Thirty edits travel in far fewer requests, none held back longer than a batch.
    expect(sent.length).toBeLessThan(words.length / 2);
    expect(sent.length).toBeGreaterThanOrEqual(Math.floor(typing / 300));
    expect((await studio.ok('interview.get', { id })).notesText).toBe(readNotes(note.notes()).text);
    provider.disconnect();
  });

  it('keeps a change whose send failed, says so, and stores it on the retry', async () => {
    const { studio, id } = await setUp();
    const { transport, sent } = transportTo(studio, id, 1);
    const note = new HeadlessNote();
    const pending: boolean[] = [];
    const errors: unknown[] = [];
    const provider = new StudioNoteProvider(note.doc, transport, {
      retryMs: 100,
      onPending: (p) => pending.push(p),
      onError: (e) => errors.push(e),
      isFinal: () => false,
      onFinal: () => {},
    });
    await provider.connect();
    await note.settled();
    await typeInto(note, ['Zdanie, które wraca.'], 0);
    await provider.flush();
    expect(errors).toHaveLength(1);
    expect(provider.hasUnsaved).toBe(true);
    expect(pending).toEqual([true]);
    await expect.poll(() => pending, { timeout: 5_000 }).toEqual([true, false]);
    expect(sent.length).toBe(2);
    expect((await studio.ok('interview.get', { id })).notesText).toBe('Zdanie, które wraca.');
    provider.disconnect();
  });

  it('sends again on exit the update whose request the closing page aborts, with what was typed since', async () => {
    const { studio, id } = await setUp();
    const exits: string[] = [];
    // The first request never gets an answer: the page closes while it is in flight and takes it along.
    const transport: NoteTransport = {
      open: () => studio.ok('note.open', { interviewId: id }),
      send: () => new Promise(() => {}),
      sendOnExit: (update) => void exits.push(update),
      onRemote: () => () => {},
      onReconnect: () => () => {},
    };
    const note = new HeadlessNote();
    const provider = new StudioNoteProvider(note.doc, transport, { onPending: () => {}, onError: () => {}, isFinal: () => false, onFinal: () => {} });
    await provider.connect();
    await note.settled();
    const { epoch } = await studio.ok('note.open', { interviewId: id });
    await typeInto(note, ['Pierwsze słowa'], 0);
    void provider.flush();
    await typeInto(note, [' i ostatnie.'], 0);
    provider.flushOnExit();
    expect(exits).toHaveLength(1);
    await studio.ok('note.update', { interviewId: id, update: exits[0]!, epoch });
    expect((await studio.ok('interview.get', { id })).notesText).toBe(readNotes(note.notes()).text);
    expect(readNotes(note.notes()).text).toContain('Pierwsze słowa');
  });

  it('a refusal for good (the note was replaced) is told once, and what was typed meanwhile is not sent after it', async () => {
    const { studio, id } = await setUp();
    let sends = 0;
    const finals: unknown[] = [];
    const replaced = new Error('replaced');
    const transport: NoteTransport = {
      open: () => studio.ok('note.open', { interviewId: id }),
      send: async () => {
        sends++;
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw replaced;
      },
      sendOnExit: () => {
        sends++;
      },
      onRemote: () => () => {},
      onReconnect: () => () => {},
    };
    const note = new HeadlessNote();
    const provider = new StudioNoteProvider(note.doc, transport, {
      batchMs: 10,
      retryMs: 10,
      onPending: () => {},
      onError: () => {},
      isFinal: (e) => e === replaced,
      onFinal: (e) => void finals.push(e),
    });
    await provider.connect();
    await note.settled();
    await typeInto(note, ['Pierwsze'], 0);
    const first = provider.flush();
    await typeInto(note, [' i drugie'], 0);
    await first;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await typeInto(note, [' i trzecie'], 0);
    await provider.flush();
    provider.flushOnExit();
    expect(finals).toEqual([replaced]);
    expect(sends).toBe(1);
    expect(provider.hasUnsaved).toBe(false);
  });
});
