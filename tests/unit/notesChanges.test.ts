import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
});
