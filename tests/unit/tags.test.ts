import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { snapshotRows, startStudio } from './support/tempStudio';

async function taggedQuotes() {
  const studio = await startStudio();
  const { path } = await studio.ok('project.create', { path: 'tags' });
  const interview = await studio.ok('interview.create', { title: 'Wywiad' });
  const cena = await studio.ok('tag.create', { name: 'Cena' });
  const koszt = await studio.ok('tag.create', { name: 'Koszt' });
  const a = randomUUID();
  const b = randomUUID();
  const first = await studio.ok('highlight.create', {
    id: a,
    interviewId: interview.id,
    quote: 'za drogo',
    tagIds: [cena.id],
    notes: notesOf(['Auto jest ', ['za drogo', a], '.']),
    baseVersion: 0,
  });
  await studio.ok('highlight.create', {
    id: b,
    interviewId: interview.id,
    quote: 'rata',
    tagIds: [cena.id, koszt.id],
    notes: notesOf(['Auto jest ', ['za drogo', a], '.'], ['Liczy się ', ['rata', b], '.']),
    baseVersion: first.notesVersion,
  });
  return { studio, path, cena, koszt, a, b };
}

describe('tags', () => {
  it('merging moves every quote of one tag to the other, once, and the merged tag is gone', async () => {
    const { studio, cena, koszt, a, b } = await taggedQuotes();
    const target = await studio.ok('tag.merge', { sourceId: koszt.id, targetId: cena.id });
    expect(target.highlightCount).toBe(2);
    expect((await studio.ok('tag.list', {})).map((t) => t.name)).toEqual(['Cena']);
    const tagsOf = new Map((await studio.ok('highlight.list', {})).map((h) => [h.id, h.tagIds]));
    expect(tagsOf.get(a)).toEqual([cena.id]);
    expect(tagsOf.get(b)).toEqual([cena.id]);
    expect((await studio.ok('highlight.list', { tagId: koszt.id })).length).toBe(0);
  });

  it('a renamed tag keeps its quotes; a name another tag has, in any letter case, Polish letters too, is refused and changes nothing', async () => {
    const { studio, path, cena, koszt } = await taggedQuotes();
    const renamed = await studio.ok('tag.update', { id: cena.id, name: 'Łódź' });
    expect(renamed).toMatchObject({ name: 'Łódź', highlightCount: 2 });
    const before = snapshotRows(path);
    const rename = await studio.call('tag.update', { id: koszt.id, name: 'łÓDŹ' });
    expect(rename.ok || rename.error.code).toBe('conflict');
    const create = await studio.call('tag.create', { name: 'ŁÓDŹ' });
    expect(create.ok || create.error.code).toBe('conflict');
    // The same name with its accents as combining marks, as some keyboards and pastes give it.
    const decomposed = await studio.call('tag.create', { name: 'Łódź'.normalize('NFD') });
    expect(decomposed.ok || decomposed.error.code).toBe('conflict');
    expect(snapshotRows(path)).toBe(before);
    // Its own name in another case is still its own.
    expect(await studio.ok('tag.update', { id: cena.id, name: 'łódź' })).toMatchObject({ name: 'łódź' });
  });
});
