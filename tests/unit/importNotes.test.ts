import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNotes } from '../../main/core/notes/import/importNotes';
import { readNotes } from '../../main/core/notes/readNotes';
import { snapshotRows, startStudio } from './support/tempStudio';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'import', name));
const types = (doc: { editorState: { root: { children?: { type: string }[] } } }) => doc.editorState.root.children?.map((c) => c.type);

describe('importing files as interview notes', () => {
  it('plain text in the Polish Windows code page keeps ą, ł, ż, a paragraph a line', async () => {
    const { title, notes } = await importNotes('notes-cp1250.txt', fixture('notes-cp1250.txt'));
    expect(title).toBe('notes-cp1250');
    expect(readNotes(notes).text).toBe('Notatki z wywiadu\nPierwsza linia\nŻółta łódź i źródło.');
    expect(types(notes)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('Markdown keeps headings, bold, lists, quotes and web links, drops scripts, remote images and javascript: links', async () => {
    const { notes } = await importNotes('notes.md', fixture('notes.md'));
    // The script block and the image leave nothing behind: no source text, no "!" and no link to the picture.
    expect(types(notes)).toEqual(['heading', 'paragraph', 'list', 'quote']);
    const json = JSON.stringify(notes);
    expect(json).not.toMatch(/alert\(1\)<|<script|remote\.example|"text":"!"/);
    expect(json).toContain('"url":"https://example.com"');
    expect(json).not.toContain('javascript:');
    expect(json).not.toMatch(/"type":"(image|html)"/);
    expect(readNotes(notes).text).toContain('złym');
    expect(json).toMatch(/"text":"pogrubieniem","type":"text"|"format":1/);
  });

  it('paragraphs of a .txt separated by single newlines stay separate paragraphs; blank lines and a last newline add none', async () => {
    const { notes } = await importNotes('notatki.txt', Buffer.from('Pierwszy akapit\n\nDrugi akapit\nTrzeci akapit\n   \n'));
    expect(readNotes(notes).text).toBe('Pierwszy akapit\nDrugi akapit\nTrzeci akapit');
    expect(types(notes)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(JSON.stringify(notes)).not.toContain('linebreak');
  });

  it('Markdown images and script or style blocks are dropped; a tag named inside a sentence and an unclosed one stay as words', async () => {
    const markdown = [
      'Przed ![zdjęcie salonu](https://cdn.example/a.jpg) po, ![podpis\nw dwóch liniach](data:image/png;base64,AAAA) koniec.',
      '<style>p{color:red}</style>',
      '  <SCRIPT type="x">',
      'zło()',
      '</script > reszta linii bloku',
      'Pisze, że `<script>` to znacznik,',
      '',
      'a `</script>` go zamyka.',
      '',
      'Zostaje: ![a] (b) i ![bez końca',
    ].join('\n');
    const { notes } = await importNotes('notatki.md', Buffer.from(markdown));
    // CommonMark ends a script block only at a line holding "</script>" itself: "</script >" does
    // not, so the block runs on, over the blank line, to the "</script>" in the sentence after it.
    expect(readNotes(notes).text).toBe('Przed  po,  koniec.\nZostaje: ![a] (b) i ![bez końca');
    const closed = await importNotes('notatki.md', Buffer.from(markdown.replace('</script >', '</script>')));
    expect(readNotes(closed.notes).text).toBe('Przed  po,  koniec.\nPisze, że <script> to znacznik,\na </script> go zamyka.\nZostaje: ![a] (b) i ![bez końca');
  });

  it('Word .docx keeps heading, bold and italic and drops colours and sizes', async () => {
    const { title, notes } = await importNotes('interview.docx', fixture('interview.docx'));
    expect(title).toBe('interview');
    expect(types(notes)?.[0]).toBe('heading');
    const text = readNotes(notes).text;
    expect(text).toContain('Wywiad: zakup samochodu');
    expect(text).toContain('cena jest najważniejsza');
    expect(text).toContain('Źródło: salon w Łodzi.');
    const json = JSON.stringify(notes);
    expect(json).not.toMatch(/FF0000|color/i);
    expect(json).toMatch(/"format":1,[^}]*"text":"cena jest najważniejsza"|"text":"cena jest najważniejsza"[^}]*"format":1/);
  });

  it('refuses a .docx that would inflate like a zip bomb', async () => {
    await expect(importNotes('bomb.docx', fixture('bomb.docx'))).rejects.toMatchObject({ code: 'invalid_input', params: { details: 'import.docxBomb' } });
  });

  it('WebVTT transcripts become one paragraph per cue with time and speaker', async () => {
    const { notes } = await importNotes('call.vtt', fixture('call.vtt'));
    expect(readNotes(notes).text).toBe('[00:01] Anna: Dzień dobry, szukam samochodu.\n[01:05] Sprzedawca: Zapraszam na jazdę próbną & kawę.');
  });

  it('SubRip transcripts too, hours included', async () => {
    const { notes } = await importNotes('call.srt', fixture('call.srt'));
    expect(readNotes(notes).text).toBe('[00:01] Dzień dobry.\n[1:02:03] Cena to dla mnie najważniejsza sprawa.');
  });

  it('refuses a file whose note could not be saved again after an edit, through dispatch, changing nothing', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'long-import' });
    const before = snapshotRows(path);
    // Well under the 20 MB file cap, but 201,000 paragraphs: more blocks than a saved note may hold.
    const lines = Buffer.from('tak\n\n'.repeat(201_000));
    const refused = await studio.call('interview.import', { fileName: 'lines.txt', content: lines.toString('base64') });
    expect(refused.ok || refused.error.code).toBe('invalid_input');
    expect(refused.ok || refused.error.message).toMatch(/podziel go na części|split it into parts/);
    expect(snapshotRows(path)).toBe(before);
    const fits = await studio.ok('interview.import', { fileName: 'lines.txt', content: Buffer.from('tak\n\n'.repeat(2_000)).toString('base64') });
    const saved = await studio.ok('interview.get', { id: fits.id });
    const edited = await studio.call('interview.saveNotes', { id: fits.id, notes: saved.notes, baseVersion: saved.notesVersion });
    expect(edited.ok).toBe(true);
  }, 30_000);

  it('refuses unknown formats and files over the size cap, through dispatch, changing nothing', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'imports' });
    const before = snapshotRows(path);
    const pdf = await studio.call('interview.import', { fileName: 'x.pdf', content: Buffer.from('%PDF').toString('base64') });
    expect(pdf.ok || pdf.error.code).toBe('invalid_input');
    const huge = await studio.call('interview.import', { fileName: 'big.txt', content: 'A'.repeat(28 * 1024 * 1024) });
    expect(huge.ok || huge.error.code).toBe('invalid_input');
    expect(huge.ok || huge.error.message.length).toBeLessThan(300);
    expect(snapshotRows(path)).toBe(before);
    const good = await studio.ok('interview.import', { fileName: 'call.vtt', content: fixture('call.vtt').toString('base64') });
    expect(good.title).toBe('call');
    expect(good.wordCount).toBeGreaterThan(5);
  });

  it('stores an imported note as a note saved by hand: the same JSON, text, word count and search hits', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'imports' });
    const imported = await studio.ok('interview.import', { fileName: 'rozmowa.md', content: Buffer.from('# Salon\n\nKlientka **boi się** kredytu.\n\n- jazda próbna').toString('base64') });
    const stored = await studio.ok('interview.get', { id: imported.id });
    const byHand = await studio.ok('interview.create', { title: 'Ręcznie' });
    const saved = await studio.ok('interview.saveNotes', { id: byHand.id, notes: stored.notes, baseVersion: 0 });
    const again = await studio.ok('interview.get', { id: byHand.id });
    expect(stored.notesReadable).toBe(true);
    expect(stored.notesText).toBe('Salon\nKlientka boi się kredytu.\njazda próbna');
    expect([stored.notesText, stored.wordCount]).toEqual([again.notesText, saved.wordCount]);
    expect(stored.notes).toEqual(again.notes);
    const { hits } = await studio.ok('search.query', { q: 'kredytu' });
    expect(hits.map((h) => h.interviewId)).toContain(imported.id);
  });
});
