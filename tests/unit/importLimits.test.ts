import { describe, expect, it } from 'vitest';
import { runImport } from '../../main/core/notes/import/runImport';
import { NotesDocument } from '../../shared/schema/notes';

const job = (fileName: string, text: string) => ({ fileName, content: Buffer.from(text).toString('base64') });

describe('the import worker under its limits', () => {
  it('a thread that runs out of its heap is stopped and the file refused as too complex', async () => {
    const started = performance.now();
    // Eight megabytes of heap cannot hold the note of a 6 MB text file.
    const refused = runImport(job('big.txt', 'słowo '.repeat(1_000_000)), { memoryMb: 8, timeLimitMs: 30_000 });
    await expect(refused).rejects.toMatchObject({ code: 'import_refused', params: { file: 'big.txt', details: 'import.tooComplex' } });
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 40_000);

  it('a thread past its time limit is stopped and the file refused as too slow', async () => {
    const started = performance.now();
    await expect(runImport(job('notes.md', '# Notatki'), { timeLimitMs: 1 })).rejects.toMatchObject({
      code: 'import_refused',
      params: { file: 'notes.md', details: 'import.tooSlow' },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('within both, the note comes back checked', async () => {
    const note = await runImport(job('notatki.md', '# Notatki\n\nTreść **ważna**.'));
    expect(note.title).toBe('notatki');
    const notes = NotesDocument.parse(JSON.parse(note.note.json));
    expect(notes.editorState.root.children?.map((block) => block.type)).toEqual(['heading', 'paragraph']);
    expect(note.note).toMatchObject({ text: 'Notatki\nTreść ważna.', words: 3 });
  }, 20_000);
});

it('imports take turns, one thread at a time, each within its own time limit', async () => {
  const slow = job('slow.md', '\n[a('.repeat(1_000_000));
  const quick = job('quick.md', '# Szybki');
  const answered: string[] = [];
  const track = (name: string, p: Promise<unknown>) => p.then(() => answered.push(name), () => answered.push(name));
  const started = performance.now();
  const slowRun = runImport(slow, { timeLimitMs: 1_500 });
  const quickRun = runImport(quick);
  await Promise.all([track('slow', slowRun), track('quick', quickRun)]);
  // The quick one waited for the slow one's thread to be stopped, and was not refused for the wait.
  expect(answered).toEqual(['slow', 'quick']);
  await expect(slowRun).rejects.toMatchObject({ params: { details: 'import.tooSlow' } });
  expect((await quickRun).title).toBe('quick');
  expect(performance.now() - started).toBeGreaterThan(1_500);
}, 30_000);
