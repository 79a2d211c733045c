import { describe, expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

describe('saving notes in one project after another in the same studio', () => {
  it('writes each note into its own project, each time it is opened', async () => {
    const studio = await startStudio();
    const first = await studio.ok('project.create', { path: 'pierwszy' });
    const a = await studio.ok('interview.create', { title: 'Wywiad A' });
    await studio.ok('interview.saveNotes', { id: a.id, notes: notesOf(['Źródło w Łodzi.']), baseVersion: 0 });

    await studio.ok('project.create', { path: 'drugi' });
    const b = await studio.ok('interview.create', { title: 'Wywiad B' });
    await studio.ok('interview.saveNotes', { id: b.id, notes: notesOf(['Dojazd do klienta.']), baseVersion: 0 });
    await studio.ok('interview.saveNotes', { id: b.id, notes: notesOf(['Dojazd do klienta trwa godzinę.']), baseVersion: 1 });
    expect((await studio.ok('search.query', { q: 'godzine' })).hits.map((h) => h.refId)).toEqual([b.id]);
    expect((await studio.ok('search.query', { q: 'lodz' })).hits).toEqual([]);

    await studio.ok('project.open', { path: first.path });
    await studio.ok('interview.saveNotes', { id: a.id, notes: notesOf(['Źródło w Łodzi, cena za wysoka.']), baseVersion: 1 });
    expect((await studio.ok('interview.get', { id: a.id })).notesText).toBe('Źródło w Łodzi, cena za wysoka.');
    expect((await studio.ok('search.query', { q: 'cena lodz' })).hits.map((h) => h.refId)).toEqual([a.id]);
    expect((await studio.ok('search.query', { q: 'godzine' })).hits).toEqual([]);
  });
});
