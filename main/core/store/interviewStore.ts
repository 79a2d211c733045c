import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import { unknownNodeType } from '../../../shared/notes/unknownNodeType';
import { applyNotesChanges } from '../../../shared/notes/applyNotesChanges';
import { MAX_NOTES_JSON_CHARS, NotesDocument, type NotesChanges } from '../../../shared/schema/notes';
import { AppFailure } from '../appFailure';
import { cachedStatement } from './cachedStatement';
import { notesJson } from '../notes/notesJson';
import { readNotes } from '../notes/readNotes';
import { sanitizeNotes } from '../notes/sanitizeNotes';
import { settleBlocks } from '../notes/settledBlocks';
import { reanchorHighlights } from './highlightStore';
import { indexNoteChunks } from './noteChunks';
import { discardNoteDoc } from './noteDocStore';
import { rememberSavedNotes, savedNotes } from './savedNotes';

export interface Row {
  id: string;
  title: string;
  participant: string;
  started_at: string | null;
  duration_min: number | null;
  place: string;
  consent: number;
  consent_note: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  highlight_count: number;
  persona_ids: string | null;
}

export const SUMMARY = `
  SELECT i.id, i.title, i.participant, i.started_at, i.duration_min, i.place, i.consent, i.consent_note,
         i.word_count, i.created_at, i.updated_at,
         (SELECT count(*) FROM highlights h WHERE h.interview_id = i.id) AS highlight_count,
         (SELECT json_group_array(ip.persona_id) FROM interview_personas ip
            JOIN personas p ON p.id = ip.persona_id AND p.deleted_at IS NULL
          WHERE ip.interview_id = i.id) AS persona_ids
  FROM interviews i`;

export const toSummary = (r: Row): InterviewSummary => ({
  id: r.id,
  title: r.title,
  participant: r.participant,
  startedAt: r.started_at,
  durationMin: r.duration_min,
  place: r.place,
  consent: r.consent === 1,
  consentNote: r.consent_note,
  personaIds: r.persona_ids ? (JSON.parse(r.persona_ids) as string[]) : [],
  highlightCount: r.highlight_count,
  wordCount: r.word_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listInterviews(db: Database): InterviewSummary[] {
  return (cachedStatement(db, `${SUMMARY} WHERE i.deleted_at IS NULL ORDER BY coalesce(i.started_at, i.created_at) DESC, i.title`).all() as Row[]).map(toSummary);
}

export function getInterviewSummary(db: Database, id: string, includeDeleted = false): InterviewSummary {
  const row = cachedStatement(db, `${SUMMARY} WHERE i.id = ? ${includeDeleted ? '' : 'AND i.deleted_at IS NULL'}`).get(id) as Row | undefined;
  if (!row) throw new AppFailure('not_found', { what: `interview ${id}` });
  return toSummary(row);
}

/**
 * A stored note that no longer parses, or holds a node this version does not know (an old or
 * tampered file), opens as its plain text instead.
 */
export function getInterview(db: Database, id: string): Interview {
  const summary = getInterviewSummary(db, id);
  const row = cachedStatement(db, 'SELECT notes_json, notes_text, notes_version FROM interviews WHERE id = ?').get(id) as {
    notes_json: string | null;
    notes_text: string;
    notes_version: number;
  };
  const notes = parseStoredNotes(row.notes_json);
  return { ...summary, notes, notesText: row.notes_text, notesReadable: notes !== null || row.notes_json === null, notesVersion: row.notes_version };
}

function parseStoredNotes(json: string | null): NotesDocument | null {
  if (!json) return null;
  try {
    const parsed = NotesDocument.safeParse(JSON.parse(json));
    return parsed.success && unknownNodeType(parsed.data.editorState.root) === null ? parsed.data : null;
  } catch {
    return null;
  }
}

function setPersonas(db: Database, id: string, personaIds: readonly string[]) {
  cachedStatement(db, 'DELETE FROM interview_personas WHERE interview_id = ?').run(id);
  const add = cachedStatement(db, 'INSERT INTO interview_personas (interview_id, persona_id) SELECT ?, id FROM personas WHERE id = ? AND deleted_at IS NULL');
  for (const pid of new Set(personaIds)) {
    if (add.run(id, pid).changes === 0) throw new AppFailure('not_found', { what: `persona ${pid}` });
  }
}

export interface InterviewFieldsPatch {
  title?: string;
  participant?: string;
  startedAt?: string | null;
  durationMin?: number | null;
  place?: string;
  consent?: boolean;
  consentNote?: string;
  personaIds?: string[];
}

/** A note as the interviews table keeps it: the editor's JSON, and the plain text and word count derived from it. */
export interface StoredNote {
  json: string;
  text: string;
  words: number;
}

export function storedNoteOf(notes: NotesDocument): StoredNote {
  const { text, words } = readNotes(notes);
  return { json: JSON.stringify(notes), text, words };
}

export function createInterview(db: Database, fields: InterviewFieldsPatch & { title: string }, notes: NotesDocument | null = null): Interview {
  return getInterview(db, insertInterview(db, fields, notes && storedNoteOf(notes)));
}

/**
 * Adds an interview and answers its id only. An import hands over its note already in stored
 * form, made in the import's own thread, and answers the summary: reading the whole note back,
 * or deriving its text here, would hold the writer for a tenth of a second per megabyte.
 */
export function insertInterview(db: Database, fields: InterviewFieldsPatch & { title: string }, note: StoredNote | null): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  cachedStatement(db,
    `INSERT INTO interviews (id, title, participant, started_at, duration_min, place, consent, consent_note,
       notes_json, notes_text, word_count, created_at, updated_at)
     VALUES (@id, @title, @participant, @startedAt, @durationMin, @place, @consent, @consentNote, @notesJson, @notesText, @words, @now, @now)`,
  ).run({
    id,
    title: fields.title,
    participant: fields.participant ?? '',
    startedAt: fields.startedAt ?? null,
    durationMin: fields.durationMin ?? null,
    place: fields.place ?? '',
    consent: fields.consent ? 1 : 0,
    consentNote: fields.consentNote ?? '',
    notesJson: note?.json ?? null,
    notesText: note?.text ?? '',
    words: note?.words ?? 0,
    now,
  });
  if (fields.personaIds) setPersonas(db, id, fields.personaIds);
  if (note?.text) indexNoteChunks(db, id, note.text);
  return id;
}

const COLUMN: Record<Exclude<keyof InterviewFieldsPatch, 'personaIds'>, string> = {
  title: 'title',
  participant: 'participant',
  startedAt: 'started_at',
  durationMin: 'duration_min',
  place: 'place',
  consent: 'consent',
  consentNote: 'consent_note',
};

export function updateInterview(db: Database, id: string, patch: InterviewFieldsPatch): InterviewSummary {
  getInterviewSummary(db, id);
  const sets: string[] = [];
  const values: Record<string, unknown> = { id, now: new Date().toISOString() };
  for (const [key, column] of Object.entries(COLUMN) as [keyof typeof COLUMN, string][]) {
    if (patch[key] === undefined) continue;
    sets.push(`${column} = @${key}`);
    values[key] = key === 'consent' ? (patch.consent ? 1 : 0) : patch[key];
  }
  if (sets.length) cachedStatement(db, `UPDATE interviews SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(values);
  if (patch.personaIds) setPersonas(db, id, patch.personaIds);
  return getInterviewSummary(db, id);
}

export function deleteInterview(db: Database, id: string): { id: string } {
  getInterviewSummary(db, id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE interviews SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  return { id };
}

export function restoreInterview(db: Database, id: string): InterviewSummary {
  const changed = cachedStatement(db, 'UPDATE interviews SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes;
  if (!changed) throw new AppFailure('not_found', { what: `deleted interview ${id}` });
  return getInterviewSummary(db, id);
}

/**
 * Editor state and its plain text are written together, and every highlight is re-anchored
 * to where its mark now is, all in the caller's transaction. The note comes whole, or as changes
 * to the stored version `baseVersion` names.
 */
export function saveNotes(db: Database, id: string, sent: { notes?: NotesDocument; changes?: NotesChanges }, baseVersion: number) {
  const row = cachedStatement(db, 'SELECT notes_version, updated_at FROM interviews WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { notes_version: number; updated_at: string }
    | undefined;
  if (!row) throw new AppFailure('not_found', { what: `interview ${id}` });
  if (row.notes_version !== baseVersion) throw new AppFailure('conflict', { details: 'conflict.notesChanged' });
  // Only notes saved as changes are remembered: a whole note is sent once in a while, and keeping
  // it alive past the next save made collecting it cost more than remembering it saved.
  const saved = sent.changes ? savedNotes(db, { id, version: row.notes_version, updatedAt: row.updated_at }) : null;
  const clean = sanitizeNotes(sent.changes ? withChanges(db, id, saved?.doc, sent.changes) : sent.notes!);
  if (sent.changes) settleBlocks(clean.editorState.root.children ?? []);
  const json = notesJson(clean);
  if (json.length > MAX_NOTES_JSON_CHARS) throw new AppFailure('invalid_input', { details: 'validation.notes_too_large' });
  const read = readNotes(clean);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE interviews SET notes_json = ?, notes_text = ?, word_count = ?, notes_version = notes_version + 1, updated_at = ? WHERE id = ?').run(
    json,
    read.text,
    read.words,
    now,
    id,
  );
  discardNoteDoc(db, id, now);
  const chunks = indexNoteChunks(db, id, read.text, saved?.chunks);
  const detachedHighlightIds = reanchorHighlights(db, id, read);
  rememberSavedNotes(db, sent.changes ? { id, version: baseVersion + 1, updatedAt: now, doc: clean, chunks } : null);
  return { notesVersion: baseVersion + 1, savedAt: now, wordCount: read.words, detachedHighlightIds };
}

function withChanges(db: Database, id: string, saved: NotesDocument | undefined, changes: NotesChanges): NotesDocument {
  const stored = saved ?? storedNotes(db, id);
  const next = stored && applyNotesChanges(stored, changes);
  if (!next) throw new AppFailure('invalid_input', { details: 'validation.notes_changes_misfit' });
  return next;
}

function storedNotes(db: Database, id: string): NotesDocument | null {
  const { notes_json } = cachedStatement(db, 'SELECT notes_json FROM interviews WHERE id = ?').get(id) as { notes_json: string | null };
  return parseStoredNotes(notes_json);
}
