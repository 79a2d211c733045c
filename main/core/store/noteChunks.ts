import type { Database } from 'better-sqlite3';

const TARGET_WORDS = 120;
const MAX_CHARS = 2000;

export interface NoteChunk {
  position: number;
  body: string;
}

/**
 * Cuts a note's plain text into search chunks of a few paragraphs (~120 words), never across a
 * word; very long paragraphs are cut at a space. Positions are offsets into the note text.
 */
export function chunkNote(text: string): NoteChunk[] {
  const chunks: NoteChunk[] = [];
  let start = 0;
  let words = 0;
  let i = 0;
  const flush = (end: number) => {
    const body = text.slice(start, end);
    if (body.trim() !== '') chunks.push({ position: start, body });
    start = end;
    words = 0;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n') {
      words += 1;
      if ((ch === '\n' && words >= TARGET_WORDS) || (ch === ' ' && i - start >= MAX_CHARS)) flush(i + 1);
    }
    i += 1;
  }
  flush(text.length);
  return chunks;
}

/**
 * Brings an interview's note chunks in the index up to date, touching only chunks whose text
 * changed: an unchanged paragraph keeps its row (its position is updated without re-indexing).
 */
export function indexNoteChunks(db: Database, interviewId: string, text: string): void {
  const existing = db.prepare("SELECT rowid, part, body, position FROM search_docs WHERE kind = 'note' AND ref_id = ?").all(interviewId) as {
    rowid: number;
    part: number;
    body: string;
    position: number;
  }[];
  const byBody = new Map<string, typeof existing>();
  for (const row of existing) byBody.set(row.body, [...(byBody.get(row.body) ?? []), row]);
  let nextPart = existing.reduce((max, r) => Math.max(max, r.part), 0) + 1;
  const move = db.prepare('UPDATE search_docs SET position = ? WHERE rowid = ?');
  const insert = db.prepare("INSERT INTO search_docs (kind, ref_id, part, interview_id, title, meta, body, position) VALUES ('note', ?, ?, ?, '', '', ?, ?)");
  const kept = new Set<number>();
  for (const chunk of chunkNote(text)) {
    const same = byBody.get(chunk.body)?.shift();
    if (same) {
      kept.add(same.rowid);
      if (same.position !== chunk.position) move.run(chunk.position, same.rowid);
    } else {
      insert.run(interviewId, nextPart++, interviewId, chunk.body, chunk.position);
    }
  }
  const remove = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
  for (const row of existing) if (!kept.has(row.rowid)) remove.run(row.rowid);
}
