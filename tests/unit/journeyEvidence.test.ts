import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { asWindow, getMap, journeyStudio, laneOf, newMap } from './support/journeyStudio';
import type { TestStudio } from './support/tempStudio';

async function highlightOf(studio: TestStudio, quote: string, before = 'Klient: ', after = ' Koniec.') {
  const interview = await studio.ok('interview.create', { title: 'Wizyta w salonie' });
  const id = randomUUID();
  await studio.ok('highlight.create', { id, interviewId: interview.id, quote, tagIds: [], notes: notesOf([before, [quote, id], after]), baseVersion: 0 });
  return { id, interviewId: interview.id };
}

describe('journey notes cite interview evidence', () => {
  it('links and unlinks highlights on a note; the map gives each note its highlight ids', async () => {
    const { studio } = await journeyStudio();
    const map = await newMap(studio, { name: 'Dowody', template: 'three-stages' });
    const h1 = await highlightOf(studio, 'cena decyduje');
    const h2 = await highlightOf(studio, 'długie oczekiwanie');
    const note = await studio.ok('item.create', { stageId: map.stages[0]!.id, laneId: laneOf(map, 'pains').id, text: 'Cena' });
    await studio.ok('evidence.link', { itemId: note.changedId, highlightId: h1.id });
    await studio.ok('evidence.link', { itemId: note.changedId, highlightId: h1.id });
    expect((await getMap(studio, map.id)).items[0]?.highlightIds).toEqual([h1.id]);
    await studio.ok('evidence.link', { itemId: note.changedId, highlightId: h2.id });
    expect((await getMap(studio, map.id)).items[0]?.highlightIds.sort()).toEqual([h1.id, h2.id].sort());
    await studio.ok('evidence.unlink', { itemId: note.changedId, highlightId: h1.id });
    expect((await getMap(studio, map.id)).items[0]?.highlightIds).toEqual([h2.id]);
    const missing = await studio.call('evidence.link', { itemId: note.changedId, highlightId: randomUUID() });
    expect(missing.ok || missing.error.code).toBe('not_found');
    // Evidence from a deleted interview is not shown, and is back when its delete is undone.
    const call = asWindow(studio);
    await call('interview.delete', { id: h2.interviewId });
    expect((await studio.ok('journey.get', { id: map.id })).items[0]?.highlightIds).toEqual([]);
    await call('history.undo', {});
    expect((await studio.ok('journey.get', { id: map.id })).items[0]?.highlightIds).toEqual([h2.id]);
    // A highlight removed for good takes its links with it.
    await studio.ok('highlight.delete', { id: h2.id });
    expect((await studio.ok('journey.get', { id: map.id })).items[0]?.highlightIds).toEqual([]);
  });

  it('item.fromHighlight makes a note of the quote in the chosen cell, linked to it', async () => {
    const { studio } = await journeyStudio();
    const map = await newMap(studio, { name: 'Z cytatu', template: 'five-stages' });
    const h = await highlightOf(studio, 'nikt nie oddzwonił');
    const pains = laneOf(map, 'pains');
    await studio.ok('item.create', { stageId: map.stages[1]!.id, laneId: pains.id, text: 'Pierwsza' });
    const r = await studio.ok('item.fromHighlight', { highlightId: h.id, stageId: map.stages[1]!.id, laneId: pains.id, index: 0, colour: '#f8bbd0' });
    const item = (await getMap(studio, map.id)).items.find((i) => i.id === r.changedId);
    expect(item).toMatchObject({ text: 'nikt nie oddzwonił', colour: '#f8bbd0', highlightIds: [h.id], stageId: map.stages[1]!.id });
    const cell = (await getMap(studio, map.id)).items.filter((i) => i.stageId === map.stages[1]!.id && i.laneId === pains.id);
    expect(cell.sort((x, y) => x.position - y.position).map((i) => i.text)).toEqual(['nikt nie oddzwonił', 'Pierwsza']);

    const long = 'ż'.repeat(300) + ' ' + 'a'.repeat(400);
    const hl = await highlightOf(studio, long);
    const cut = await studio.ok('item.fromHighlight', { highlightId: hl.id, stageId: map.stages[0]!.id, laneId: pains.id });
    const text = (await getMap(studio, map.id)).items.find((i) => i.id === cut.changedId)!.text;
    expect(text.length).toBe(500);
    expect(long.startsWith(text)).toBe(true);
  });

  it('maps and notes are found by search, with the map to open', async () => {
    const { studio } = await journeyStudio('pl');
    const map = await newMap(studio, { name: 'Zakup samochodu', goal: 'Jazda próbna i finansowanie', template: 'five-stages' });
    const note = await studio.ok('item.create', { stageId: map.stages[0]!.id, laneId: laneOf(map, 'pains').id, text: 'Długie oczekiwanie na wycenę w Łodzi' });
    const byGoal = (await studio.ok('search.query', { q: 'finansowanie' })).hits;
    expect(byGoal.map((h) => [h.kind, h.refId, h.mapId, h.title])).toEqual([['map', map.id, map.id, 'Zakup samochodu']]);
    const byNote = (await studio.ok('search.query', { q: 'lodzi wycene' })).hits;
    expect(byNote.map((h) => [h.kind, h.refId, h.mapId, h.title])).toEqual([['item', note.changedId, map.id, 'Zakup samochodu']]);
    // The map's name finds the map, not every note on it.
    expect((await studio.ok('search.query', { q: 'samochodu' })).hits.map((h) => h.kind)).toEqual(['map']);

    await studio.ok('item.update', { id: note.changedId, text: 'Szybka wycena' });
    expect((await studio.ok('search.query', { q: 'lodzi' })).hits).toEqual([]);
    await studio.ok('journey.update', { id: map.id, name: 'Leasing auta' });
    expect((await studio.ok('search.query', { q: 'szybka' })).hits[0]?.title).toBe('Leasing auta');

    const call = asWindow(studio);
    await call('journey.delete', { id: map.id });
    expect((await studio.ok('search.query', { q: 'szybka' })).hits).toEqual([]);
    expect((await studio.ok('search.query', { q: 'leasing' })).hits).toEqual([]);
    expect(await studio.ok('journey.list', {})).toEqual([]);
    const gone = await studio.call('journey.get', { id: map.id });
    expect(gone.ok || gone.error.code).toBe('not_found');
    expect((await call('history.undo', {})).op).toBe('journey.delete');
    expect((await studio.ok('search.query', { q: 'szybka' })).hits.map((h) => h.refId)).toEqual([note.changedId]);
    expect((await studio.ok('search.query', { q: 'leasing' })).hits.map((h) => h.kind)).toEqual(['map']);
  });
});
