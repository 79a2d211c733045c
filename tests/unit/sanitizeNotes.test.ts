import { describe, expect, it } from 'vitest';
import { sanitizeNotes } from '../../main/core/notes/sanitizeNotes';
import type { NotesDocument } from '../../shared/schema/notes';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

const withChildren = (children: unknown[]): NotesDocument => ({
  format: 'journey-studio/notes',
  version: 1,
  editorState: { root: { type: 'root', children: [{ type: 'paragraph', children, textStyle: 'color: red' }] } },
}) as NotesDocument;

describe('what a note may contain', () => {
  it('unwraps javascript:, data: and file: links but keeps their words', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x']) {
      const clean = sanitizeNotes(withChildren([{ type: 'link', url, children: [{ type: 'text', text: 'kliknij' }] }]));
      expect(JSON.stringify(clean)).not.toContain(url.trim());
      expect(JSON.stringify(clean)).toContain('kliknij');
    }
  });

  it('keeps web and e-mail links', () => {
    const clean = sanitizeNotes(withChildren([{ type: 'link', url: 'https://example.com/a', children: [{ type: 'text', text: 'strona' }] }]));
    expect(JSON.stringify(clean)).toContain('https://example.com/a');
  });

  it('drops inline styles from pasted text', () => {
    const clean = sanitizeNotes(withChildren([{ type: 'text', text: 'x', style: 'color: red; font-family: Comic Sans' }]));
    expect(JSON.stringify(clean)).not.toMatch(/color|Comic/);
  });

  it('refuses node types the editor cannot make (images, scripts, embeds), through dispatch, changing nothing', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'sanitize' });
    const iv = await studio.ok('interview.create', { title: 'x' });
    for (const type of ['image', 'script', 'iframe', 'html']) {
      const r = await studio.call('interview.saveNotes', { id: iv.id, notes: withChildren([{ type, src: 'http://remote/x.png' }]), baseVersion: 0 });
      expect(r.ok || r.error.code, type).toBe('invalid_input');
    }
    expect((await studio.ok('interview.get', { id: iv.id })).notesVersion).toBe(0);
  });

  it('a 5 MB note saves and reads back', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'big' });
    const iv = await studio.ok('interview.create', { title: 'Długi wywiad' });
    const paragraph = 'Zażółć gęślą jaźń, klient mówi o cenie i jeździe próbnej. '.repeat(20);
    const paragraphs = Array.from({ length: Math.ceil((5 * 1024 * 1024) / paragraph.length) }, (_, i) => [`${i}: ${paragraph}`]);
    const notes = notesOf(...paragraphs);
    const saved = await studio.ok('interview.saveNotes', { id: iv.id, notes, baseVersion: 0 });
    expect(saved.wordCount).toBeGreaterThan(800_000);
    expect((await studio.ok('interview.get', { id: iv.id })).notesText.length).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('a stored note that no longer parses opens as its plain text', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'tampered' });
    const iv = await studio.ok('interview.create', { title: 'x' });
    await studio.ok('interview.saveNotes', { id: iv.id, notes: notesOf(['Ocalały tekst']), baseVersion: 0 });
    await studio.ok('project.close', {});
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    db.prepare('UPDATE interviews SET notes_json = ? WHERE id = ?').run('{"root": broken', iv.id);
    db.close();
    await studio.ok('project.open', { path });
    const got = await studio.ok('interview.get', { id: iv.id });
    expect(got).toMatchObject({ notes: null, notesReadable: false, notesText: 'Ocalały tekst' });
  });

  it('a stored note with a node type this version does not know, anywhere in it, opens as its plain text', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'unknown-node' });
    const iv = await studio.ok('interview.create', { title: 'x' });
    await studio.ok('interview.saveNotes', { id: iv.id, notes: notesOf(['Pierwsza linia.'], ['Druga linia.'], ['Trzecia linia.']), baseVersion: 0 });
    await studio.ok('project.close', {});
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    const row = db.prepare('SELECT notes_json FROM interviews WHERE id = ?').get(iv.id) as { notes_json: string };
    const doc = JSON.parse(row.notes_json);
    // Deep in the last block: Lexical's parser would keep the blocks before it and drop the rest silently.
    doc.editorState.root.children[2].children[0] = { type: 'sticky-callout', children: [{ type: 'text', text: 'x' }] };
    db.prepare('UPDATE interviews SET notes_json = ? WHERE id = ?').run(JSON.stringify(doc), iv.id);
    db.close();
    await studio.ok('project.open', { path });
    const got = await studio.ok('interview.get', { id: iv.id });
    expect(got).toMatchObject({ notes: null, notesReadable: false });
    expect(got.notesText).toContain('Druga linia.');
  });
});
