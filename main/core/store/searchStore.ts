import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/schema/evidence';
import { toFtsQuery } from '../../../shared/search/ftsQuery';
import { cachedStatement } from './cachedStatement';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/**
 * The ranked list, best first: one row per matching note chunk, title, highlight, persona or map.
 * Matches in titles weigh most, then participant and place, then note text. Ordering by FTS5's own
 * `rank` lets it sort before the join, and the rows are read lazily, so the joins stop once enough
 * things are found. No snippet here: a long interview has hundreds of matching chunks and shows
 * only its best one. Rows of a deleted interview stay in the index (for restore) and are filtered here.
 */
export const SEARCH_SQL = `
  SELECT d.rowid, d.kind, d.ref_id, d.interview_id, d.map_id, coalesce(i.title, m.name, d.title) AS title, d.position
  FROM search_fts
    JOIN search_docs d ON d.rowid = search_fts.rowid
    LEFT JOIN interviews i ON i.id = d.interview_id
    LEFT JOIN journey_maps m ON m.id = d.map_id
  WHERE search_fts MATCH @q AND rank MATCH 'bm25(8.0, 3.0, 1.0)'
    AND i.deleted_at IS NULL
  ORDER BY rank`;

/**
 * Snippets of the chosen rows, in one pass over the matches. The `+` keeps SQLite from handing the
 * row ids to FTS5 one by one: each such lookup re-expands every prefix term (about 0.6 ms a row).
 */
export const SNIPPET_SQL = `
  SELECT rowid, snippet(search_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM search_fts
  WHERE search_fts MATCH @q AND +rowid IN (SELECT value FROM json_each(@rowids))`;

interface Row {
  rowid: number;
  kind: string;
  ref_id: string;
  interview_id: string | null;
  map_id: string | null;
  title: string;
  position: number | null;
}

function segments(snip: string): SearchHit['snippet'] {
  const out: SearchHit['snippet'] = [];
  for (const part of snip.split(OPEN)) {
    const [hit, rest] = part.includes(CLOSE) ? (part.split(CLOSE) as [string, string]) : [null, part];
    if (hit) out.push({ text: hit, hit: true });
    if (rest) out.push({ text: rest, hit: false });
  }
  return out;
}

/** Where the first matched words of a chunk are in the whole note, for opening at the hit. */
function offsetOf(row: Row, snippet: SearchHit['snippet'], chunkBody: (rowKey: Row) => string): number | null {
  if (row.position === null) return null;
  const first = snippet.findIndex((s) => s.hit);
  if (first < 0) return row.position;
  const body = chunkBody(row);
  const probe = snippet[first]!.text + (snippet[first + 1]?.hit === false ? snippet[first + 1]!.text.replace(/…$/, '').slice(0, 30) : '');
  const at = body.indexOf(probe);
  const loose = body.indexOf(snippet[first]!.text);
  return row.position + (at >= 0 ? at : Math.max(0, loose));
}

const kindOf = (row: Row) => (row.kind === 'note' ? 'interview' : row.kind) as SearchHit['kind'];

/** The best-ranked row of each of the first `limit` things, reading no further than needed. */
function bestRows(db: Database, fts: string, limit: number): Row[] {
  const seen = new Set<string>();
  const best: Row[] = [];
  // Cached although iterated: nothing else runs this statement while the loop is open, and
  // leaving the loop (break or throw) finishes the iterator.
  for (const row of cachedStatement(db, SEARCH_SQL).iterate({ q: fts }) as IterableIterator<Row>) {
    const key = `${kindOf(row)}:${row.ref_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (best.push(row) >= limit) break;
  }
  return best;
}

/**
 * Ranked hits, one per thing: an interview appears once, at its best place, whether the match
 * was in its title or in a chunk of its note.
 */
export function search(db: Database, q: string, limit: number): SearchHit[] {
  const fts = toFtsQuery(q);
  if (!fts || limit < 1) return [];
  const rows = bestRows(db, fts, limit);
  if (!rows.length) return [];
  const snips = cachedStatement(db, SNIPPET_SQL).all({ q: fts, rowids: JSON.stringify(rows.map((r) => r.rowid)) }) as { rowid: number; snip: string }[];
  const snipOf = new Map(snips.map((s) => [s.rowid, s.snip]));
  const body = cachedStatement(db, 'SELECT body FROM search_docs WHERE rowid = ?').pluck();
  return rows.map((r, rank) => {
    const snippet = segments(snipOf.get(r.rowid) ?? '');
    const offset = r.kind === 'note' ? offsetOf(r, snippet, (row) => body.get(row.rowid) as string) : null;
    return { kind: kindOf(r), refId: r.ref_id, interviewId: r.interview_id, mapId: r.map_id, title: r.title, snippet, offset, score: rows.length - rank };
  });
}
