import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { NoteClient } from '../unit/support/noteClient';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

const SHOWROOM = 'c4e79dd4-8d9a-4df6-8f67-dd0884f647c9';

describe('migration 0007 note-docs (from the v6 fixture)', () => {
  it('a note saved before Yjs opens as a document with the same text, and its highlight keeps its place', async () => {
    const path = fixtureProject(6, tempDir());
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const before = await studio.ok('interview.get', { id: SHOWROOM });
    const [highlight] = await studio.ok('highlight.list', { interviewId: SHOWROOM });
    expect(highlight?.currentText).toBe('the price decides');

    const client = await NoteClient.open(studio, SHOWROOM);
    expect(client.text()).toBe(before.notesText);

    // An edit through the document re-derives the text; the highlight is found at its mark, moved by the words typed before it.
    await client.type(0, 0, 'Wstęp. ');
    await studio.ok('note.update', { interviewId: SHOWROOM, update: Buffer.from(client.take()!).toString('base64') });
    const after = await studio.ok('interview.get', { id: SHOWROOM });
    expect(after.notesText).toBe(`Wstęp. ${before.notesText}`);
    const [moved] = await studio.ok('highlight.list', { interviewId: SHOWROOM });
    expect(moved).toMatchObject({ id: highlight!.id, detached: false, currentText: 'the price decides' });
    await studio.ok('project.close', {});
    const db = new Database(path, { readonly: true });
    const offsets = db.prepare('SELECT start_offset, end_offset FROM highlights WHERE id = ?').get(highlight!.id);
    const docs = db.prepare('SELECT count(*) AS n FROM note_docs').get();
    db.close();
    expect(offsets).toEqual({ start_offset: 10 + 'Wstęp. '.length, end_offset: 27 + 'Wstęp. '.length });
    expect(docs).toEqual({ n: 1 });

    // Opened again, the stored document is the one that was edited.
    await studio.ok('project.open', { path });
    expect((await NoteClient.open(studio, SHOWROOM)).text()).toBe(after.notesText);
  });

  it('an interview without notes opens as one empty paragraph', async () => {
    const path = fixtureProject(6, tempDir());
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    const client = await NoteClient.open(studio, '7d0072c3-f91a-4399-97c6-5624cacf7f2b');
    expect(client.text()).toBe('');
    await client.type(0, 0, 'Pierwsze słowa');
    await studio.ok('note.update', { interviewId: '7d0072c3-f91a-4399-97c6-5624cacf7f2b', update: Buffer.from(client.take()!).toString('base64') });
    expect((await studio.ok('interview.get', { id: '7d0072c3-f91a-4399-97c6-5624cacf7f2b' })).notesText).toBe('Pierwsze słowa');
  });

  it('a file saved at v7 opens its note from the stored document, not from its JSON', async () => {
    const path = fixtureProject(7, tempDir());
    // The JSON is made to disagree: what opens must be the document.
    const db = new Database(path);
    db.prepare("UPDATE interviews SET notes_json = NULL WHERE id = ?").run(SHOWROOM);
    db.close();
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    const client = await NoteClient.open(studio, SHOWROOM);
    expect(client.text()).toBe('She said: the price decides, źródło of doubt.\nFollow-up call booked for Friday.');
  });
});
