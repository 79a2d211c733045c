import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Doc, XmlText, applyUpdate, encodeStateAsUpdate, encodeStateVector } from 'yjs';
import { MAX_NOTE_UPDATE_BYTES } from '../../shared/schema/notes';
import { NoteClient } from './support/noteClient';
import { snapshotRows, startStudio } from './support/tempStudio';

async function openNote() {
  const studio = await startStudio();
  const { path } = await studio.ok('project.create', { path: 'refusals' });
  const { id } = await studio.ok('interview.create', { title: 'Wywiad' });
  const client = await NoteClient.open(studio, id);
  await client.type(0, 0, 'Słowa, które zostają.');
  await studio.ok('note.update', { interviewId: id, update: Buffer.from(client.take()!).toString('base64') });
  return { studio, path, id, client };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('updates to a note the core refuses, changing nothing', () => {
  it('bytes that are not a Yjs update, one too large, and one naming a node the editor does not know', async () => {
    const { studio, path, id, client } = await openNote();
    const before = snapshotRows(path);

    const garbage = await studio.call('note.update', { interviewId: id, update: b64(randomBytes(512)) });
    expect(garbage.ok || garbage.error.code).toBe('invalid_input');

    const huge = await studio.call('note.update', { interviewId: id, update: b64(new Uint8Array(MAX_NOTE_UPDATE_BYTES + 16)) });
    expect(huge.ok || huge.error.code).toBe('invalid_input');

    // A well-formed update whose block is of a type no note may hold.
    const doc = new Doc();
    applyUpdate(doc, encodeStateAsUpdate(client.note.doc));
    const vector = encodeStateVector(doc);
    const evil = new XmlText();
    evil.setAttribute('__type', 'script');
    doc.get('root', XmlText).insertEmbed(0, evil);
    const unknown = await studio.call('note.update', { interviewId: id, update: b64(encodeStateAsUpdate(doc, vector)) });
    expect(unknown.ok || unknown.error.code).toBe('invalid_input');

    expect(snapshotRows(path)).toBe(before);
    // The note still takes ordinary typing, from the document as stored.
    await client.type(0, 0, 'Dalej. ');
    await studio.ok('note.update', { interviewId: id, update: b64(client.take()!) });
    expect((await studio.ok('interview.get', { id })).notesText).toBe('Dalej. Słowa, które zostają.');
  });

  it('an update to a note never opened as a document is refused as a conflict', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'unopened' });
    const { id } = await studio.ok('interview.create', { title: 'Nieotwarty' });
    const r = await studio.call('note.update', { interviewId: id, update: b64(encodeStateAsUpdate(new Doc())) });
    expect(r.ok || r.error.code).toBe('conflict');
  });
});
