import type { Database } from 'better-sqlite3';
import { cachedStatement } from './cachedStatement';

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
  const flush = (end: number) => {
    const body = text.slice(start, end);
    if (body.trim() !== '') chunks.push({ position: start, body });
    start = end;
    words = 0;
  };
  // Character codes, not one-character strings: this runs over the whole note at every save.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10) continue;
    words += 1;
    if ((code === 10 && words >= TARGET_WORDS) || (code === 32 && i - start >= MAX_CHARS)) flush(i + 1);
  }
  flush(text.length);
  return chunks;
}

/** A note chunk's row in the search index. */
export interface IndexedChunk {
  rowid: number;
  part: number;
  body: string;
  position: number;
}

/**
 * Brings an interview's note chunks in the index up to date, touching only chunks whose text
 * changed: an unchanged paragraph keeps its row (its position is updated without re-indexing).
 * `indexed` is what the index holds for the note, when the caller knows it, so it is not read
 * back; the answer is what the index holds afterwards.
 */
export function indexNoteChunks(db: Database, interviewId: string, text: string, indexed?: readonly IndexedChunk[]): IndexedChunk[] {
  const existing =
    indexed ?? (cachedStatement(db, "SELECT rowid, part, body, position FROM search_docs WHERE kind = 'note' AND ref_id = ?").all(interviewId) as IndexedChunk[]);
  const byBody = new Map<string, IndexedChunk[]>();
  for (const row of existing) {
    const same = byBody.get(row.body);
    if (same) same.push(row);
    else byBody.set(row.body, [row]);
  }
  let nextPart = existing.reduce((max, r) => Math.max(max, r.part), 0) + 1;
  const move = cachedStatement(db, 'UPDATE search_docs SET position = ? WHERE rowid = ?');
  const insert = cachedStatement(db, "INSERT INTO search_docs (kind, ref_id, part, interview_id, title, meta, body, position) VALUES ('note', ?, ?, ?, '', '', ?, ?)");
  const kept = new Set<number>();
  const now: IndexedChunk[] = [];
  for (const chunk of chunkNote(text)) {
    const same = byBody.get(chunk.body)?.shift();
    if (same) {
      kept.add(same.rowid);
      if (same.position !== chunk.position) move.run(chunk.position, same.rowid);
      now.push({ ...same, position: chunk.position });
    } else {
      const part = nextPart++;
      const { lastInsertRowid } = insert.run(interviewId, part, interviewId, chunk.body, chunk.position);
      now.push({ rowid: Number(lastInsertRowid), part, body: chunk.body, position: chunk.position });
    }
  }
  const remove = cachedStatement(db, 'DELETE FROM search_docs WHERE rowid = ?');
  for (const row of existing) if (!kept.has(row.rowid)) remove.run(row.rowid);
  return now;
}
