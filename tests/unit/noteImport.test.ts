import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUILD_ON_IMPORT_CHARS } from '../../main/core/notes/yjs/coreNoteThread';
import { NoteClient } from './support/noteClient';
import { startStudio } from './support/tempStudio';

const docsOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT interview_id AS id, epoch FROM note_docs').all() as { id: string; epoch: number }[];
  } finally {
    db.close();
  }
};

describe('an imported note and its Yjs document', () => {
  it('an import stores the document with the note, and it opens with the imported text', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'import-doc' });
    const text = 'Pierwszy akapit o cenie.\n\nDrugi akapit o dojeździe do salonu w Łodzi.';
    const summary = await studio.ok('interview.import', { fileName: 'rozmowa.txt', content: Buffer.from(text).toString('base64') });
    expect(docsOf(path)).toEqual([{ id: summary.id, epoch: 1 }]);
    const stored = await studio.ok('interview.get', { id: summary.id });
    const client = await NoteClient.open(studio, summary.id);
    expect(client.text()).toBe(stored.notesText);
    // Opening it made no new document.
    expect(docsOf(path)).toEqual([{ id: summary.id, epoch: 1 }]);
  });

  it('a long import gets its document on its first open instead', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'import-long' });
    const line = 'Klientka opowiada o dojeździe, cenie i serwisie, a potem o rodzinie.\n\n';
    const text = line.repeat(Math.ceil((BUILD_ON_IMPORT_CHARS * 1.5) / line.length));
    const summary = await studio.ok('interview.import', { fileName: 'dlugi.txt', content: Buffer.from(text).toString('base64') });
    expect(docsOf(path)).toEqual([]);
    const client = await NoteClient.open(studio, summary.id);
    expect(client.text()).toBe((await studio.ok('interview.get', { id: summary.id })).notesText);
    expect(docsOf(path)).toEqual([{ id: summary.id, epoch: 1 }]);
  }, 60_000);
});
