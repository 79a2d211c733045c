import { describe, expect, it } from 'vitest';
import { foldPolish, toFtsQuery } from '../../shared/search/ftsQuery';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

async function corpus() {
  const studio = await startStudio({ lang: 'pl' });
  await studio.ok('project.create', { path: 'search' });
  const add = async (title: string, body: string) => {
    const iv = await studio.ok('interview.create', { title });
    await studio.ok('interview.saveNotes', { id: iv.id, notes: notesOf([body]), baseVersion: 0 });
    return iv.id;
  };
  const ids = {
    lodz: await add('Salon w Łodzi', 'Klient przyjechał z Łodzi, szukał źródła finansowania.'),
    zrodlo: await add('Finanse', 'Źródło problemu: leasing. Źródło drugie: raty. Źródło trzecie: gotówka.'),
    once: await add('Jazda próbna', 'Wspomniał raz o źródle informacji w internecie, poza tym mówił o jeździe próbnej.'),
    english: await add('Showroom', 'The test drive decided it; financing was a source of doubt.'),
  };
  await studio.ok('persona.create', { name: 'Łukasz z Łodzi' });
  return { studio, ids };
}

const q = (studio: Awaited<ReturnType<typeof corpus>>['studio'], query: string) => studio.ok('search.query', { q: query, limit: 50 });

describe('search query syntax', () => {
  it('folds ł, makes words prefixes, keeps quoted phrases, and never lets syntax through', () => {
    expect(foldPolish('Łódź łąka')).toBe('Lódź ląka');
    expect(toFtsQuery('lodz')).toBe('"lodz"*');
    expect(toFtsQuery('Łódź "jazda próbna"')).toBe('"Lódź"* "jazda próbna"');
    expect(toFtsQuery('a OR b NEAR(c) * ^d -e "')).toBe('"a"* "OR"* "b"* "NEAR"* "c"* "d"* "e"*');
    expect(toFtsQuery('  "" ** ')).toBeNull();
  });
});

describe('full-text search across the project', () => {
  it('finds Polish words typed without diacritics: zrodlo → źródło, lodz → Łódź', async () => {
    const { studio, ids } = await corpus();
    const zrodlo = await q(studio, 'zrodlo');
    expect(zrodlo.hits.map((h) => h.refId)).toContain(ids.zrodlo);
    const lodz = await q(studio, 'lodz');
    expect(lodz.hits.map((h) => h.refId)).toEqual(expect.arrayContaining([ids.lodz]));
    expect(lodz.hits.some((h) => h.kind === 'persona')).toBe(true);
    // snippets show the original words, with the match marked
    const hit = lodz.hits.find((h) => h.refId === ids.lodz)!;
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('Łodzi');
  });

  it('ranks a title match and many occurrences above a single mention', async () => {
    const { studio, ids } = await corpus();
    const r = await q(studio, 'zrodl');
    const order = r.hits.filter((h) => h.kind === 'interview').map((h) => h.refId);
    expect(order[0]).toBe(ids.zrodlo);
    expect(order.indexOf(ids.once)).toBeGreaterThan(0);
    const title = await q(studio, 'jazda');
    expect(title.hits[0]?.refId).toBe(ids.once);
  });

  it('matches quoted phrases only as phrases', async () => {
    const { studio, ids } = await corpus();
    expect((await q(studio, '"test drive"')).hits.map((h) => h.refId)).toEqual([ids.english]);
    expect((await q(studio, '"drive test"')).hits).toEqual([]);
  });

  it('opens at the hit: the offset points at the matched words in the note', async () => {
    const { studio, ids } = await corpus();
    const hit = (await q(studio, 'gotowka')).hits.find((h) => h.refId === ids.zrodlo)!;
    const note = await studio.ok('interview.get', { id: ids.zrodlo });
    expect(note.notesText.slice(hit.offset!, hit.offset! + 'gotówka'.length)).toBe('gotówka');
  });

  it('leaves deleted interviews out and brings them back on restore', async () => {
    const { studio, ids } = await corpus();
    await studio.ok('interview.delete', { id: ids.english });
    expect((await q(studio, 'financing')).hits).toEqual([]);
    await studio.ok('interview.restore', { id: ids.english });
    expect((await q(studio, 'financing')).hits.map((h) => h.refId)).toEqual([ids.english]);
  });

  it('answers hostile input without an error', async () => {
    const { studio } = await corpus();
    for (const input of ['"', 'NEAR(', '*', 'a AND', ')(', "'; DROP TABLE interviews; --", '\u0000', 'ą'.repeat(500)]) {
      const r = await studio.call('search.query', { q: input });
      expect(r.ok, input).toBe(true);
    }
  });
});
