import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readNotes } from '../../main/core/notes/readNotes';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

describe('reading a note', () => {
  it('gives plain text with blocks on their own lines and where each mark lies', () => {
    const read = readNotes(notesOf(['Pierwszy akapit.'], ['Drugi ', ['ważny cytat', 'h1'], ' koniec.']));
    expect(read.text).toBe('Pierwszy akapit.\nDrugi ważny cytat koniec.');
    const mark = read.marks.get('h1')!;
    expect(read.text.slice(mark.start, mark.end)).toBe('ważny cytat');
    expect(read.words).toBe(6);
  });

  it('counts words as a reader does: joined by an apostrophe or hyphen they are one', () => {
    expect(readNotes(notesOf(["E-mail z 2026 r. — don't wait, klient’ka; 𝒳yz -- a--b 🙂"])).words).toBe(10);
    expect(readNotes(notesOf([' '])).words).toBe(0);
  });

  it('joins a highlight split over several marks (part of it formatted differently)', () => {
    const read = readNotes(notesOf(['Ala ', ['ma ', 'h'], ['kota', 'h'], ' i psa']));
    const mark = read.marks.get('h')!;
    expect(read.text.slice(mark.start, mark.end)).toBe('ma kota');
  });
});

async function interviewWithHighlights() {
  const studio = await startStudio();
  await studio.ok('project.create', { path: 'anchors' });
  const interview = await studio.ok('interview.create', { title: 'Wywiad' });
  const tag = await studio.ok('tag.create', { name: 'Cena' });
  const a = randomUUID();
  const b = randomUUID();
  let version = 0;
  const save = async (...paragraphs: Parameters<typeof notesOf>) => {
    const r = await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(...paragraphs), baseVersion: version });
    version = r.notesVersion;
    return r;
  };
  const created = await studio.ok('highlight.create', {
    id: a,
    interviewId: interview.id,
    quote: 'za drogo',
    tagIds: [tag.id],
    notes: notesOf(['Auto jest ', ['za drogo', a], ' dla nas.']),
    baseVersion: 0,
  });
  version = created.notesVersion;
  const second = await studio.ok('highlight.create', {
    id: b,
    interviewId: interview.id,
    quote: 'jazda próbna',
    tagIds: [],
    notes: notesOf(['Auto jest ', ['za drogo', a], ' dla nas.'], ['Pomogła ', ['jazda próbna', b], '.']),
    baseVersion: version,
  });
  version = second.notesVersion;
  const byId = async () => new Map((await studio.ok('highlight.list', { interviewId: interview.id })).map((h) => [h.id, h]));
  return { studio, interview, a, b, save, byId };
}

describe('highlights follow their quote through edits', () => {
  it('edits before and after a highlight leave it pointing at the same words', async () => {
    const { a, b, save, byId } = await interviewWithHighlights();
    await save(['Na początku nowe zdanie. Auto jest ', ['za drogo', a], ' dla nas, mówi klientka.'], ['Bardzo pomogła ', ['jazda próbna', b], ' w sobotę.']);
    const hs = await byId();
    expect(hs.get(a)).toMatchObject({ quote: 'za drogo', currentText: 'za drogo', detached: false });
    expect(hs.get(b)).toMatchObject({ quote: 'jazda próbna', currentText: 'jazda próbna', detached: false });
  });

  it('an edit inside a highlight keeps the original quote and tracks the new words', async () => {
    const { a, save, byId } = await interviewWithHighlights();
    await save(['Auto jest ', ['zdecydowanie za drogo', a], ' dla nas.']);
    expect((await byId()).get(a)).toMatchObject({ quote: 'za drogo', currentText: 'zdecydowanie za drogo', detached: false });
  });

  it('removing the highlighted words detaches the highlight instead of losing it, and undo re-attaches it', async () => {
    const { a, b, save, byId } = await interviewWithHighlights();
    const saved = await save(['Auto jest drogie.'], ['Pomogła ', ['jazda próbna', b], '.']);
    expect(saved.detachedHighlightIds).toEqual([a]);
    const hs = await byId();
    expect(hs.get(a)).toMatchObject({ quote: 'za drogo', currentText: null, detached: true });
    expect(hs.get(a)!.tagIds).toHaveLength(1);
    expect(hs.get(b)!.detached).toBe(false);
    await save(['Auto jest ', ['za drogo', a], ' dla nas.'], ['Pomogła ', ['jazda próbna', b], '.']);
    expect((await byId()).get(a)).toMatchObject({ currentText: 'za drogo', detached: false });
  });

  it('refuses a save based on an older version (another window saved in between)', async () => {
    const { studio, interview } = await interviewWithHighlights();
    const r = await studio.call('interview.saveNotes', { id: interview.id, notes: notesOf(['x']), baseVersion: 0 });
    expect(r.ok || r.error.code).toBe('conflict');
  });

  it('keeps editor state and searchable text in step across a reload of the project', async () => {
    const { studio, interview, a, save } = await interviewWithHighlights();
    await save(['Nowa treść o źródle problemu ', ['za drogo', a], '.']);
    const info = await studio.ok('project.current', {});
    await studio.restart();
    await studio.ok('project.open', { path: info!.path });
    const got = await studio.ok('interview.get', { id: interview.id });
    expect(got.notesText).toBe('Nowa treść o źródle problemu za drogo.');
    expect(got.notesReadable).toBe(true);
    expect(JSON.stringify(got.notes)).toContain('źródle');
    expect((await studio.ok('search.query', { q: 'zrodle' })).hits[0]?.refId).toBe(interview.id);
  });
});
