import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesAutosaver } from '../../renderer/editor/NotesAutosaver';

/** The saver as a note pane wires it, with the core's answers scripted: `answers` is consumed one per save. */
function saverWith(answers: Array<'ok' | Error>) {
  let text = 'Pierwsze zdanie.';
  const sent: Array<{ text: string; baseVersion: number }> = [];
  const pending: boolean[] = [];
  const errors: unknown[] = [];
  const saver: NotesAutosaver<string> = new NotesAutosaver<string>({
    version: 1,
    read: () => text,
    save: async (payload, baseVersion) => {
      sent.push({ text: payload, baseVersion });
      const answer = answers.shift() ?? 'ok';
      if (answer instanceof Error) throw answer;
      return { notesVersion: baseVersion + 1 };
    },
    saveOnExit: async (payload, baseVersion) => {
      sent.push({ text: payload, baseVersion });
      return { notesVersion: baseVersion + 1 };
    },
    onSaved: () => undefined,
    onError: (e) => {
      errors.push(e);
      if ((e as { code?: string }).code === 'conflict') saver.abandon();
    },
    onPending: (p) => pending.push(p),
  });
  return {
    saver,
    sent,
    pending,
    errors,
    type(words: string) {
      text += words;
      saver.changed();
    },
  };
}

const conflict = () => Object.assign(new Error('saved elsewhere'), { code: 'conflict' });

describe('the note autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    (globalThis as { window?: unknown }).window = globalThis;
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    vi.useRealTimers();
  });

  it('keeps the words a failed highlight was to carry unsaved, and saves them again', async () => {
    const notes = saverWith([]);
    notes.type(' Słowa tuż przed Ctrl+H.');
    const failing = notes.saver.exclusive(() => Promise.reject(new Error('the tag was deleted meanwhile')));
    await expect(failing).rejects.toThrow('deleted meanwhile');
    expect(notes.saver.hasUnsaved).toBe(true);
    await vi.runAllTimersAsync();
    expect(notes.sent).toEqual([{ text: 'Pierwsze zdanie. Słowa tuż przed Ctrl+H.', baseVersion: 1 }]);
    expect(notes.saver.hasUnsaved).toBe(false);
    expect(notes.pending.at(-1)).toBe(false);
  });

  it('after a conflict gives up what is unsaved, so leaving the note sends nothing that would be refused again', async () => {
    const notes = saverWith([conflict()]);
    notes.type(' Z pierwszego okna.');
    await vi.runAllTimersAsync();
    expect(notes.sent).toHaveLength(1);
    expect(notes.errors).toHaveLength(1);
    await notes.saver.flush();
    notes.saver.flushOnExit();
    await vi.runAllTimersAsync();
    expect(notes.sent).toHaveLength(1);
    expect(notes.errors).toHaveLength(1);
    expect(notes.pending.at(-1)).toBe(false);
  });

  it('retries an ordinary failed save from the same version', async () => {
    const notes = saverWith([new Error('disk full')]);
    notes.type(' Raz.');
    await vi.runAllTimersAsync();
    expect(notes.sent.map((s) => s.baseVersion)).toEqual([1, 1]);
    expect(notes.saver.notesVersion).toBe(2);
  });
});
