import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

const FILLER = ['klient', 'salon', 'rata', 'leasing', 'serwis', 'dostawa', 'opinia', 'model'];
const words = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => FILLER[(i + offset) % FILLER.length]).join(' ');
/** A paragraph of 130 words, so each is one search chunk, with `hits` of them "cena". */
const paragraph = (hits: number, marker = '') => `${marker}${'cena '.repeat(hits)}${words(130 - hits)}`;

const LONG = 3;
const SHORT = 20;
const BEST_AT = [17, 33, 48];

/**
 * Long notes whose every chunk matches would fill a ranked list of chunks; the search must still
 * answer distinct interviews. Each long note has one best chunk (more matches), marked so the test
 * can find it in the note text.
 */
async function crowdedProject() {
  const studio = await startStudio({ lang: 'pl' });
  const { path } = await studio.ok('project.create', { path: 'crowded' });
  const add = async (title: string, paragraphs: string[]) => {
    const iv = await studio.ok('interview.create', { title });
    await studio.ok('interview.saveNotes', { id: iv.id, notes: notesOf(...paragraphs.map((p) => [p])), baseVersion: 0 });
    return iv.id;
  };
  const long: { id: string; marker: string }[] = [];
  for (let n = 0; n < LONG; n++) {
    const marker = `najlepszy${'x'.repeat(n + 1)} `;
    const paragraphs = Array.from({ length: 60 }, (_, p) => (p === BEST_AT[n] ? paragraph(40 + n, marker) : paragraph(20)));
    long.push({ id: await add(`Długi ${n + 1}`, paragraphs), marker });
  }
  // Distinct lengths, so no two short notes tie in rank.
  for (let n = 0; n < SHORT; n++) await add(`Krótki ${n + 1}`, [`${words(4 + n, n)} cena ${words(3)}`]);
  return { studio, path, long };
}

/** The oracle, straight from the index: every interview's best rank, best first. */
function bestRanked(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.ref_id AS id, bm25(search_fts, 8.0, 3.0, 1.0) AS rank FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
         WHERE search_fts MATCH '"cena"*'`,
      )
      .all() as { id: string; rank: number }[];
    const best = new Map<string, number>();
    for (const r of rows) best.set(r.id, Math.min(r.rank, best.get(r.id) ?? Infinity));
    return [...best].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  } finally {
    db.close();
  }
}

describe('search across long and short notes', () => {
  it('answers `limit` distinct interviews, best first, each at its best chunk', async () => {
    const { studio, path, long } = await crowdedProject();
    const expected = bestRanked(path);
    expect(expected).toHaveLength(LONG + SHORT);

    const ten = await studio.ok('search.query', { q: 'cena', limit: 10 });
    expect(ten.hits.map((h) => h.refId)).toEqual(expected.slice(0, 10));
    const all = await studio.ok('search.query', { q: 'cena', limit: 50 });
    expect(all.hits.map((h) => h.refId)).toEqual(expected);
    expect(all.hits.every((h) => h.kind === 'interview')).toBe(true);

    for (const hit of all.hits) {
      const { notesText } = await studio.ok('interview.get', { id: hit.refId });
      expect(notesText.slice(hit.offset!, hit.offset! + 4)).toBe('cena');
      const own = long.find((l) => l.id === hit.refId);
      if (!own) continue;
      // The best chunk is the marked paragraph; the hit opens inside it, not in any other chunk.
      const start = notesText.indexOf(own.marker);
      const end = notesText.indexOf('\n', start);
      expect(hit.offset!).toBeGreaterThanOrEqual(start);
      expect(hit.offset!).toBeLessThan(end < 0 ? notesText.length : end);
    }
  });
});
