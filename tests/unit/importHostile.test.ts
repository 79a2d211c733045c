import { describe, expect, it } from 'vitest';
import { readNotes } from '../../main/core/notes/readNotes';
import { snapshotRows, startStudio, type TestStudio } from './support/tempStudio';

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** Imports through the real dispatch and says how long the answer took. */
async function timedImport(studio: TestStudio, fileName: string, content: string | Buffer) {
  const t0 = performance.now();
  const result = await studio.call('interview.import', { fileName, content: base64(content) });
  return { result, ms: performance.now() - t0 };
}

/** A million minimal cues: 14 MB, five times more paragraphs than a note may hold. */
function millionCues(): Buffer {
  const cue = Buffer.from('00:01.0-->\nx\n\n');
  return Buffer.concat(Array.from({ length: 1_000_000 }, () => cue));
}

describe('hostile files are answered within five seconds and change nothing when refused', () => {
  const hostile: Array<[string, string, () => string | Buffer]> = [
    ['40 KB of lines of unclosed "[a("', 'slow.md', () => '\n[a('.repeat(10_000)],
    ['80 KB of lines of unclosed "[a("', 'slower.md', () => '\n[a('.repeat(20_000)],
    ['4.9 MB of unclosed "![[", "[a(" and "<script"', 'stall.md', () => '![[[a(<script '.repeat(350_000)],
    ['a list nested 5,000 levels deep', 'deep.md', () => `${'- '.repeat(5_000)}x\n`],
    ['a list nested by indentation 1,000 levels deep', 'indented.md', () => Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')],
    ['a million minimal SubRip cues (14 MB)', 'million.srt', millionCues],
  ];

  it.each(hostile)('%s', async (_what, fileName, make) => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'hostile' });
    const before = snapshotRows(path);
    const { result, ms } = await timedImport(studio, fileName, make());
    expect(ms).toBeLessThan(5_000);
    if (!result.ok) {
      expect(['import_refused', 'invalid_input']).toContain(result.error.code);
      expect(result.error.message.length).toBeLessThan(300);
      expect(result.error.message).not.toMatch(/at .*\.ts:\d+|Error:/);
      expect(snapshotRows(path)).toBe(before);
    }
  }, 30_000);

  it('a parse past the time limit is refused as too slow, naming the file, in the user language', async () => {
    const studio = await startStudio({ lang: 'pl' });
    await studio.ok('project.create', { path: 'slow' });
    const { result } = await timedImport(studio, 'wolny.md', '\n[a('.repeat(1_000_000));
    expect(result.ok || result.error.code).toBe('import_refused');
    expect(result.ok || result.error.message).toBe('Nie zaimportowano wolny.md: odczytanie go trwało zbyt długo; jeśli to zwykły dokument, podziel go na mniejsze pliki');
  }, 30_000);

  it('Markdown nested deeper than a note may be is refused as too deep, not by a stack overflow', async () => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'deep' });
    const { result } = await timedImport(studio, 'quotes.md', `${'> '.repeat(150)}x\n`);
    expect(result.ok || result.error.code).toBe('import_refused');
    expect(result.ok || result.error.message).toBe('quotes.md was not imported: the note nests lists deeper than 100 levels');
    const fits = await studio.ok('interview.import', { fileName: 'fits.md', content: base64(`${'> '.repeat(40)}x\n\n${'- '.repeat(30)}y\n`) });
    const { notes } = await studio.ok('interview.get', { id: fits.id });
    expect(readNotes(notes).text).toBe('x\ny');
  }, 30_000);
});

describe('text in UTF-16 without a byte order mark', () => {
  const polish = 'Żółta łódź płynie.\n\nDruga linia: źródło, ćma, gęś.';

  it.each([
    ['little-endian', Buffer.from(polish, 'utf16le')],
    ['big-endian', Buffer.from(polish, 'utf16le').swap16()],
  ])('%s imports as the text it is', async (_order, bytes) => {
    const studio = await startStudio();
    await studio.ok('project.create', { path: 'utf16' });
    const imported = await studio.ok('interview.import', { fileName: 'utf16.txt', content: base64(bytes) });
    const { notes } = await studio.ok('interview.get', { id: imported.id });
    const text = readNotes(notes).text;
    expect(text).toBe('Żółta łódź płynie.\nDruga linia: źródło, ćma, gęś.');
    expect(text).not.toContain('\0');
  });

  it('a file of binary data named .txt is refused as not text, changing nothing', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'binary' });
    const before = snapshotRows(path);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    const refused = await studio.call('interview.import', { fileName: 'photo.txt', content: base64(png) });
    expect(refused.ok || refused.error.code).toBe('invalid_input');
    expect(refused.ok || refused.error.message).toBe('Invalid input: it is not a text file (it contains binary data)');
    expect(snapshotRows(path)).toBe(before);
  });
});
