import type { Database } from 'better-sqlite3';
import type { Highlight } from '../../../shared/schema/evidence';
import { AppFailure } from '../appFailure';
import { cachedStatement } from './cachedStatement';
import type { NoteRead } from '../notes/readNotes';
import { storedMark } from './noteMarks';

export interface Row {
  id: string;
  interview_id: string;
  interview_title: string;
  quote: string;
  current_text: string | null;
  detached: number;
  created_at: string;
  tag_ids: string;
  persona_ids: string;
}

export const SELECT = `
  SELECT h.id, h.interview_id, i.title AS interview_title, h.quote, h.current_text, h.detached, h.created_at,
         (SELECT json_group_array(tag_id) FROM highlight_tags WHERE highlight_id = h.id) AS tag_ids,
         (SELECT json_group_array(ip.persona_id) FROM interview_personas ip
            JOIN personas p ON p.id = ip.persona_id AND p.deleted_at IS NULL
          WHERE ip.interview_id = h.interview_id) AS persona_ids
  FROM highlights h JOIN interviews i ON i.id = h.interview_id AND i.deleted_at IS NULL`;

export const toHighlight = (r: Row): Highlight => ({
  id: r.id,
  interviewId: r.interview_id,
  interviewTitle: r.interview_title,
  quote: r.quote,
  currentText: r.current_text,
  detached: r.detached === 1,
  tagIds: JSON.parse(r.tag_ids) as string[],
  personaIds: JSON.parse(r.persona_ids) as string[],
  createdAt: r.created_at,
});

export function getHighlight(db: Database, id: string): Highlight {
  const row = cachedStatement(db, `${SELECT} WHERE h.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppFailure('not_found', { what: `highlight ${id}` });
  return toHighlight(row);
}

export function listHighlights(db: Database, filter: { interviewId?: string; tagId?: string; personaId?: string }): Highlight[] {
  const where: string[] = [];
  if (filter.interviewId) where.push('h.interview_id = @interviewId');
  if (filter.tagId) where.push('EXISTS (SELECT 1 FROM highlight_tags t WHERE t.highlight_id = h.id AND t.tag_id = @tagId)');
  if (filter.personaId) where.push('EXISTS (SELECT 1 FROM interview_personas ip WHERE ip.interview_id = h.interview_id AND ip.persona_id = @personaId)');
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.title, coalesce(h.start_offset, 1e12), h.created_at`;
  return (cachedStatement(db, sql).all(filter) as Row[]).map(toHighlight);
}

export function setHighlightTags(db: Database, id: string, tagIds: readonly string[]): void {
  cachedStatement(db, 'DELETE FROM highlight_tags WHERE highlight_id = ?').run(id);
  const add = cachedStatement(db, 'INSERT INTO highlight_tags (highlight_id, tag_id) SELECT ?, id FROM tags WHERE id = ?');
  for (const tagId of new Set(tagIds)) {
    if (add.run(id, tagId).changes === 0) throw new AppFailure('not_found', { what: `tag ${tagId}` });
  }
}

export function insertHighlight(db: Database, h: { id: string; interviewId: string; quote: string }): void {
  if (cachedStatement(db, 'SELECT 1 FROM highlights WHERE id = ?').get(h.id)) throw new AppFailure('conflict', { details: 'conflict.highlightExists' });
  if (!cachedStatement(db, 'SELECT 1 FROM interviews WHERE id = ? AND deleted_at IS NULL').get(h.interviewId)) {
    throw new AppFailure('not_found', { what: `interview ${h.interviewId}` });
  }
  const now = new Date().toISOString();
  cachedStatement(db, 'INSERT INTO highlights (id, interview_id, quote, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(h.id, h.interviewId, h.quote, now, now);
}

export function deleteHighlight(db: Database, id: string): { id: string } {
  if (cachedStatement(db, 'DELETE FROM highlights WHERE id = ?').run(id).changes === 0) throw new AppFailure('not_found', { what: `highlight ${id}` });
  return { id };
}

/**
 * A highlight follows its mark in the note: its place and current words are updated, and if
 * the marked words were removed it becomes detached, keeping its quote, instead of vanishing.
 */
export function reanchorHighlights(db: Database, interviewId: string, read: NoteRead): string[] {
  const rows = cachedStatement(db, 'SELECT id, detached, current_text, start_offset, end_offset FROM highlights WHERE interview_id = ?').all(interviewId) as {
    id: string;
    detached: number;
    current_text: string | null;
    start_offset: number | null;
    end_offset: number | null;
  }[];
  const now = new Date().toISOString();
  const attach = cachedStatement(db, 'UPDATE highlights SET current_text = ?, start_offset = ?, end_offset = ?, detached = 0, updated_at = ? WHERE id = ?');
  const detach = cachedStatement(db, 'UPDATE highlights SET current_text = NULL, start_offset = NULL, end_offset = NULL, detached = 1, updated_at = ? WHERE id = ?');
  const detached: string[] = [];
  for (const row of rows) {
    const mark = read.marks.get(row.id);
    const text = mark ? read.text.slice(mark.start, mark.end) : '';
    if (mark && text.trim() !== '') {
      if (row.detached || row.current_text !== text || row.start_offset !== mark.start || row.end_offset !== mark.end) attach.run(text, mark.start, mark.end, now, row.id);
    } else {
      if (!row.detached) detach.run(now, row.id);
      detached.push(row.id);
    }
  }
  return detached;
}

/**
 * A new highlight takes the place of its mark in the stored note; without one (its note's update has
 * not arrived) it waits, attached, for the next update of the note to place or detach it. Answers
 * the note's version.
 */
export function anchorHighlight(db: Database, interviewId: string, id: string): number {
  const mark = storedMark(db, interviewId, id);
  if (mark && mark.text.trim() !== '') {
    cachedStatement(db, 'UPDATE highlights SET current_text = ?, start_offset = ?, end_offset = ?, detached = 0 WHERE id = ?').run(mark.text, mark.start, mark.end, id);
  }
  return (cachedStatement(db, 'SELECT notes_version FROM interviews WHERE id = ?').get(interviewId) as { notes_version: number }).notes_version;
}
