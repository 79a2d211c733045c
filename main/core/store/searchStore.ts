import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/schema/evidence';
import { toFtsQuery } from '../../../shared/search/ftsQuery';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Matches in titles weigh most, then participant and place, then the body of a note. */
export const SEARCH_SQL = `
  SELECT d.kind, d.ref_id, d.interview_id, d.title,
         snippet(search_fts, -1, char(2), char(3), '…', 14) AS snip,
         bm25(search_fts, 8.0, 3.0, 1.0) AS score
  FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
  WHERE search_fts MATCH @q
    AND (d.interview_id IS NULL OR EXISTS (SELECT 1 FROM interviews i WHERE i.id = d.interview_id AND i.deleted_at IS NULL))
  ORDER BY score
  LIMIT @limit`;

function segments(snip: string): SearchHit['snippet'] {
  const out: SearchHit['snippet'] = [];
  for (const part of snip.split(OPEN)) {
    const [hit, rest] = part.includes(CLOSE) ? (part.split(CLOSE) as [string, string]) : [null, part];
    if (hit) out.push({ text: hit, hit: true });
    if (rest) out.push({ text: rest, hit: false });
  }
  return out;
}

export function search(db: Database, q: string, limit: number): SearchHit[] {
  const fts = toFtsQuery(q);
  if (!fts) return [];
  const rows = db.prepare(SEARCH_SQL).all({ q: fts, limit }) as {
    kind: SearchHit['kind'];
    ref_id: string;
    interview_id: string | null;
    title: string;
    snip: string;
    score: number;
  }[];
  const body = db.prepare("SELECT notes_text FROM interviews WHERE id = ?").pluck();
  return rows.map((r) => {
    const snippet = segments(r.snip);
    let offset: number | null = null;
    if (r.kind === 'interview') {
      // Open at the hit: find the first matched run, with the words after it, in the note.
      const first = snippet.findIndex((s) => s.hit);
      if (first >= 0) {
        const probe = snippet[first]!.text + (snippet[first + 1]?.hit === false ? snippet[first + 1]!.text.replace(/…$/, '').slice(0, 30) : '');
        const text = body.get(r.ref_id) as string;
        const at = text.indexOf(probe);
        const loose = text.indexOf(snippet[first]!.text);
        offset = at >= 0 ? at : loose >= 0 ? loose : null;
      }
    }
    return { kind: r.kind, refId: r.ref_id, interviewId: r.interview_id, title: r.title, snippet, offset, score: -r.score };
  });
}
