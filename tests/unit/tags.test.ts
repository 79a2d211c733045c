import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TAG_PALETTE, nextTagColour } from '../../shared/evidence/tagPalette';
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

describe('tag colours', () => {
  it('a new tag takes a palette colour no other tag has, also one a delete or a recolour freed', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'colours' });
    const made = [];
    for (const name of ['A', 'B', 'C']) made.push(await studio.ok('tag.create', { name }));
    expect(made.map((t) => t.colour)).toEqual(TAG_PALETTE.slice(0, 3));
    await studio.ok('tag.delete', { id: made[0]!.id });
    await studio.ok('tag.update', { id: made[2]!.id, colour: TAG_PALETTE[3] });
    // Free now: the first (its tag deleted) and the third (its tag recoloured to the fourth).
    expect((await studio.ok('tag.create', { name: 'D' })).colour).toBe(TAG_PALETTE[0]);
    expect((await studio.ok('tag.create', { name: 'E' })).colour).toBe(TAG_PALETTE[2]);
    expect((await studio.ok('tag.create', { name: 'F' })).colour).toBe(TAG_PALETTE[4]);
    // A colour asked for is kept as given.
    expect((await studio.ok('tag.create', { name: 'G', colour: '#123456' })).colour).toBe('#123456');
  });

  it('once every palette colour is taken, the one fewest tags have comes next', () => {
    expect(nextTagColour([])).toBe(TAG_PALETTE[0]);
    expect(nextTagColour([...TAG_PALETTE])).toBe(TAG_PALETTE[0]);
    expect(nextTagColour([...TAG_PALETTE, TAG_PALETTE[0], TAG_PALETTE[1].toUpperCase()])).toBe(TAG_PALETTE[2]);
    expect(nextTagColour(['#123456', TAG_PALETTE[0]])).toBe(TAG_PALETTE[1]);
  });
});
