import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/schema/evidence';
import { toFtsQuery } from '../../../shared/search/ftsQuery';
import { cachedStatement } from './cachedStatement';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/**
 * Matches in titles weigh most, then participant and place, then note text. Ranking by FTS5's own
 * `rank` column lets it sort before the join, so snippet() runs only for the rows returned.
 * Rows of a deleted interview stay in the index (for restore) and are filtered here.
 */
export const SEARCH_SQL = `
  SELECT d.rowid, d.kind, d.ref_id, d.interview_id, d.map_id, coalesce(i.title, m.name, d.title) AS title, d.position,
         snippet(search_fts, -1, char(2), char(3), '…', 16) AS snip
  FROM search_fts
    JOIN search_docs d ON d.rowid = search_fts.rowid
    LEFT JOIN interviews i ON i.id = d.interview_id
    LEFT JOIN journey_maps m ON m.id = d.map_id
  WHERE search_fts MATCH @q AND rank MATCH 'bm25(8.0, 3.0, 1.0)'
    AND i.deleted_at IS NULL
  ORDER BY rank
  LIMIT @limit`;

interface Row {
  rowid: number;
  kind: string;
  ref_id: string;
  interview_id: string | null;
  map_id: string | null;
  title: string;
  position: number | null;
  snip: string;
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

/**
 * Ranked hits, one per thing: an interview appears once, at its best place, whether the match
 * was in its title or in a chunk of its note.
 */
export function search(db: Database, q: string, limit: number): SearchHit[] {
  const fts = toFtsQuery(q);
  if (!fts) return [];
  const rows = cachedStatement(db, SEARCH_SQL).all({ q: fts, limit: limit * 3 }) as Row[];
  const body = cachedStatement(db, 'SELECT body FROM search_docs WHERE rowid = ?').pluck();
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  rows.forEach((r, rank) => {
    const kind = (r.kind === 'note' ? 'interview' : r.kind) as SearchHit['kind'];
    const key = `${kind}:${r.ref_id}`;
    if (seen.has(key) || hits.length >= limit) return;
    seen.add(key);
    const snippet = segments(r.snip);
    const offset = r.kind === 'note' ? offsetOf(r, snippet, (row) => body.get(row.rowid) as string) : null;
    hits.push({ kind, refId: r.ref_id, interviewId: r.interview_id, mapId: r.map_id, title: r.title, snippet, offset, score: rows.length - rank });
  });
  return hits;
}
