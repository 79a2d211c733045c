import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notesFromBlocks, paragraph, textNode } from '../../main/core/notes/notesDocument';
import { NoteClient } from './support/noteClient';
import { startStudio } from './support/tempStudio';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function noteWith(text: string) {
  const studio = await startStudio();
  await studio.ok('project.create', { path: 'marks' });
  const { id } = await studio.ok('interview.create', { title: 'Wywiad' });
  const client = await NoteClient.open(studio, id);
  await client.type(0, 0, text);
  await studio.ok('note.update', { interviewId: id, update: b64(client.take()!) });
  return { studio, id, client };
}

describe('highlights whose marks travel in the note’s Yjs updates', () => {
  it('a highlight made after its mark was sent takes the mark’s place, and follows it as others type', async () => {
    const { studio, id, client } = await noteWith('Cena decyduje o zakupie.');
    const other = await NoteClient.open(studio, id);
    const highlightId = randomUUID();
    await client.mark(0, 5, 13, highlightId);
    const markUpdate = client.take()!;
    await studio.ok('note.update', { interviewId: id, update: b64(markUpdate) });
    const made = await studio.ok('highlight.create', { id: highlightId, interviewId: id, quote: 'decyduje', tagIds: [] });
    expect(made.highlight).toMatchObject({ currentText: 'decyduje', detached: false });

    // Another window, not yet holding the mark, types before it; its update merges with the mark.
    await other.type(0, 0, 'Uwaga: ');
    await studio.ok('note.update', { interviewId: id, update: b64(other.take()!) });
    await other.receive(markUpdate);
    const [moved] = await studio.ok('highlight.list', { interviewId: id });
    expect(moved).toMatchObject({ id: highlightId, currentText: 'decyduje', detached: false });
    expect(other.text()).toBe('Uwaga: Cena decyduje o zakupie.');
    expect((await studio.ok('interview.get', { id })).notesText).toBe(other.text());

    // The marked words deleted in one window: the highlight stays, as a quote whose words went.
    await other.eraseAll();
    const gone = await studio.ok('note.update', { interviewId: id, update: b64(other.take()!) });
    expect(gone.detachedHighlightIds).toEqual([highlightId]);
  });

  it('a note saved whole replaces the document: an old window’s update is refused, and opening again shows the new note', async () => {
    const { studio, id, client } = await noteWith('Stara treść.');
    const { notesVersion } = await studio.ok('interview.get', { id });
    await studio.ok('interview.saveNotes', { id, notes: notesFromBlocks([paragraph([textNode('Nowa treść.')])]), baseVersion: notesVersion });
    await client.type(0, 0, 'Spóźnione ');
    const late = await studio.call('note.update', { interviewId: id, update: b64(client.take()!) });
    expect(late.ok || late.error.code).toBe('conflict');
    const fresh = await NoteClient.open(studio, id);
    expect(fresh.text()).toBe('Nowa treść.');
    expect(fresh.epoch).toBeGreaterThan(client.epoch);

    // Once the new document is open, an update made in the old one still names the old one, and is refused.
    await client.type(0, 0, 'Jeszcze później ');
    const later = await studio.call('note.update', { interviewId: id, update: b64(client.take()!), epoch: client.epoch });
    expect(later.ok || later.error.code).toBe('conflict');
    expect((await studio.ok('interview.get', { id })).notesText).toBe('Nowa treść.');
  });
});
