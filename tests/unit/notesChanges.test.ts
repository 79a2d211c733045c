import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LexicalNodeJson } from '../../shared/schema/notes';
import { notesOf, paragraphOf } from './support/notesFixture';
import { snapshotRows, startStudio } from './support/tempStudio';

const ROOT = { type: 'root', version: 1 };

async function savedNote() {
  const studio = await startStudio();
  const project = await studio.ok('project.create', { path: 'changes' });
  const interview = await studio.ok('interview.create', { title: 'Wywiad' });
  await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Pierwszy akapit.'], ['Drugi akapit.'], ['Trzeci akapit.']), baseVersion: 0 });
  return { studio, id: interview.id, path: project.path };
}

describe('saving a note as changes to the stored version', () => {
  it('keeps the runs it names and takes the blocks it sends, in order', async () => {
    const { studio, id } = await savedNote();
    const saved = await studio.ok('interview.saveNotes', {
      id,
      changes: { root: ROOT, baseBlocks: 3, blocks: [[0, 1], paragraphOf(['Nowy akapit o źródle.']), [2, 1], [1, 1]] },
      baseVersion: 1,
    });
    expect(saved.notesVersion).toBe(2);
    const stored = await studio.ok('interview.get', { id });
    expect(stored.notes).toEqual(notesOf(['Pierwszy akapit.'], ['Nowy akapit o źródle.'], ['Trzeci akapit.'], ['Drugi akapit.']));
    expect(stored.notesText).toBe('Pierwszy akapit.\nNowy akapit o źródle.\nTrzeci akapit.\nDrugi akapit.');
    const hits = await studio.ok('search.query', { q: 'zrodle' });
    expect(hits.hits.map((h) => h.refId)).toContain(id);
  });

  it('re-anchors highlights in kept blocks and detaches one whose block is gone', async () => {
    const { studio, id } = await savedNote();
    const h = randomUUID();
    const tag = await studio.ok('tag.create', { name: 'Cena' });
    await studio.ok('highlight.create', {
      id: h,
      interviewId: id,
      quote: 'Trzeci',
      tagIds: [tag.id],
      notes: notesOf(['Pierwszy akapit.'], ['Drugi akapit.'], [['Trzeci', h], ' akapit.']),
      baseVersion: 1,
    });
    await studio.ok('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: 3, blocks: [paragraphOf(['Wstęp.']), [0, 3]] }, baseVersion: 2 });
    let [highlight] = await studio.ok('highlight.list', { interviewId: id });
    expect(highlight!.detached).toBe(false);
    expect(highlight!.currentText).toBe('Trzeci');

    const r = await studio.ok('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: 4, blocks: [[0, 3]] }, baseVersion: 3 });
    expect(r.detachedHighlightIds).toEqual([h]);
    [highlight] = await studio.ok('highlight.list', { interviewId: id });
    expect(highlight!.detached).toBe(true);
  });

  it('is refused, changing nothing, when the changes do not fit the stored note', async () => {
    const { studio, id, path } = await savedNote();
    const before = snapshotRows(path);
    const refusals = [
      { root: ROOT, baseBlocks: 2, blocks: [[0, 2]] },
      { root: ROOT, baseBlocks: 3, blocks: [[2, 2]] },
      { root: ROOT, baseBlocks: 3, blocks: [[3, 1]] },
      { root: { ...ROOT, children: [] }, baseBlocks: 3, blocks: [[0, 3]] },
      { root: { type: 'paragraph' }, baseBlocks: 3, blocks: [[0, 3]] },
      { root: ROOT, baseBlocks: 3, blocks: [[0, 0]] },
      { root: ROOT, baseBlocks: 3, blocks: [[-1, 1]] },
      { root: ROOT, baseBlocks: 3, blocks: [{ type: 'script', children: [] }] },
      { root: ROOT, baseBlocks: 3, blocks: [[0, 3]], extra: true },
    ];
    for (const changes of refusals) {
      const r = await studio.call('interview.saveNotes', { id, changes, baseVersion: 1 });
      expect(r.ok, JSON.stringify(changes)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
    const r = await studio.call('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: 2, blocks: [[0, 2]] }, baseVersion: 1 });
    if (!r.ok) expect(r.error.message).toMatch(/do not fit the note as it is stored/);
    expect(snapshotRows(path)).toBe(before);
  });

  it('is refused when it is both a note and changes, or neither, or built on another version', async () => {
    const { studio, id, path } = await savedNote();
    const before = snapshotRows(path);
    const changes = { root: ROOT, baseBlocks: 3, blocks: [[0, 3]] };
    for (const input of [{ id, baseVersion: 1 }, { id, notes: notesOf(['x']), changes, baseVersion: 1 }]) {
      const r = await studio.call('interview.saveNotes', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
    const stale = await studio.call('interview.saveNotes', { id, changes, baseVersion: 0 });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('conflict');
    expect(snapshotRows(path)).toBe(before);
  });

  it('is refused for a note that was never saved or no longer reads, which a whole note then replaces', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'empty' });
    const interview = await studio.ok('interview.create', { title: 'Pusty' });
    const r = await studio.call('interview.saveNotes', { id: interview.id, changes: { root: ROOT, baseBlocks: 0, blocks: [paragraphOf(['Tekst.'])] }, baseVersion: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_input');
    await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Tekst.']), baseVersion: 0 });
    expect((await studio.ok('interview.get', { id: interview.id })).notesText).toBe('Tekst.');
  });

  it('leaves the note, its text and its search chunks as a whole save would, over a long run of edits', async () => {
    const { studio, id, path } = await savedNote();
    const twin = await studio.ok('interview.create', { title: 'Bliźniak' });
    let twinVersion = 0;
    let blocks: LexicalNodeJson[] = notesOf(['Pierwszy akapit.'], ['Drugi akapit.'], ['Trzeci akapit.']).editorState.root.children!;
    let version = 1;
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let step = 0; step < 60; step++) {
      // Typing, a new paragraph, a deleted one, a paragraph moved, a highlight added; and once, a restart.
      const at = next(blocks.length);
      const edited = [...blocks];
      const kind = next(5);
      if (kind === 0) edited[at] = paragraphOf([`Akapit ${step} o źródle i cenie, słowo ${step}.`]);
      if (kind === 1) edited.splice(at, 0, paragraphOf([`Nowy ${step}.`]));
      if (kind === 2 && edited.length > 1) edited.splice(at, 1);
      if (kind === 3) edited.push(...edited.splice(at, 1));
      if (kind === 4) edited[at] = paragraphOf(['Przed ', [`cytat ${step}`, randomUUID()], ' po.']);
      if (step === 30) {
        await studio.restart();
        await studio.ok('project.open', { path });
      }
      const runs: ([number, number] | LexicalNodeJson)[] = edited.map((block) => {
        const kept = blocks.indexOf(block);
        return kept >= 0 ? [kept, 1] : block;
      });
      await studio.ok('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: blocks.length, blocks: runs }, baseVersion: version++ });
      blocks = edited;
      const whole = { ...notesOf(), editorState: { root: { type: 'root', version: 1, children: blocks } } };
      await studio.ok('interview.saveNotes', { id: twin.id, notes: whole, baseVersion: twinVersion++ });
      const [typed, saved] = [await studio.ok('interview.get', { id }), await studio.ok('interview.get', { id: twin.id })];
      expect(typed.notes).toEqual(whole);
      expect([typed.notesText, typed.wordCount]).toEqual([saved.notesText, saved.wordCount]);
    }
    const db = new Database(path, { readonly: true });
    const chunks = (ref: string) => db.prepare("SELECT body, position FROM search_docs WHERE kind = 'note' AND ref_id = ? ORDER BY position").all(ref);
    const inIndex = (ref: string) => db.prepare("SELECT count(*) AS n FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE kind = 'note' AND ref_id = ?").get(ref);
    expect(chunks(id)).toEqual(chunks(twin.id));
    expect(inIndex(id)).toEqual(inIndex(twin.id));
    db.close();
  });

  it('builds on the note in the file, not the one it last saved, when the row was written since', async () => {
    const { studio, id, path } = await savedNote();
    await studio.ok('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: 3, blocks: [[0, 3], paragraphOf(['Czwarty.'])] }, baseVersion: 1 });
    const db = new Database(path);
    db.prepare('UPDATE interviews SET notes_json = ?, notes_text = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(notesOf(['Inny.'], ['Plik.'], ['Z kopii.'], ['Na dysku.'])),
      '',
      new Date(Date.now() + 1000).toISOString(),
      id,
    );
    db.close();
    await studio.ok('interview.saveNotes', { id, changes: { root: ROOT, baseBlocks: 4, blocks: [[0, 4], paragraphOf(['Piąty.'])] }, baseVersion: 2 });
    expect((await studio.ok('interview.get', { id })).notesText).toBe('Inny.\nPlik.\nZ kopii.\nNa dysku.\nPiąty.');
  });
});
