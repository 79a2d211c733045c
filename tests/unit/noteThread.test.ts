import { describe, expect, it } from 'vitest';
import { mergeUpdates } from 'yjs';
import { NoteThread } from '../../main/core/notes/yjs/noteThread';
import { NoteClient } from './support/noteClient';
import { startStudio } from './support/tempStudio';

const notes = (words: number) =>
  JSON.stringify({
    format: 'journey-studio/notes',
    version: 1,
    editorState: {
      root: {
        type: 'root',
        version: 1,
        children: Array.from({ length: Math.ceil(words / 10) }, (_, i) => ({
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text: `Akapit ${i}: jeden dwa trzy cztery pięć sześć siedem osiem.`, format: 0, detail: 0, mode: 'normal', style: '' }],
        })),
      },
    },
  });

describe('the note thread', () => {
  it('stops a job past its time limit, refusing it, and starts again for the next job', async () => {
    const slow = new NoteThread({ timeLimitMs: 50 });
    const refused = await slow.run({ kind: 'build', stored: { state: null, json: notes(20_000), text: '' } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_input', params: { details: 'validation.note_update_too_slow' } });
    await slow.close();

    const thread = new NoteThread();
    const built = await thread.run({ kind: 'build', stored: { state: null, json: notes(20), text: '' } });
    expect(built.status === 'done' && built.note.text.startsWith('Akapit 0: jeden')).toBe(true);
    await thread.close();
  }, 60_000);

  it('answers "missing" for a note it does not hold, rather than merging into nothing', async () => {
    const thread = new NoteThread();
    expect(await thread.run({ kind: 'update', key: 'project:note', epoch: 1, update: new Uint8Array([0, 0]) })).toEqual({ status: 'missing' });
    await thread.close();
  }, 60_000);
});

describe('updates to a note the thread does not hold yet', () => {
  it('two arriving together both land: the later one is merged into the document the earlier one loaded', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'together' });
    for (let round = 0; round < 3; round++) {
      const { id } = await studio.ok('interview.create', { title: `Wywiad ${round}` });
      const window = await NoteClient.open(studio, id);
      await window.type(0, 0, 'Pierwsze słowa');
      const first = window.take()!;
      await window.type(0, 1_000, ' i ostatnie.');
      const both = mergeUpdates([first, window.take()!]);
      // A closing page sends everything again while its aborted request may still get through.
      const send = (update: Uint8Array) => studio.ok('note.update', { interviewId: id, update: Buffer.from(update).toString('base64'), epoch: window.epoch });
      await Promise.all([send(both), send(first)]);
      expect((await studio.ok('interview.get', { id })).notesText).toBe('Pierwsze słowa i ostatnie.');
    }
  }, 60_000);
});
