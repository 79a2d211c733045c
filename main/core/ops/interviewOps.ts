import { runImport, type ImportedNote } from '../notes/import/runImport';
import { documentOf } from '../notes/yjs/coreNoteThread';
import {
  createInterview,
  deleteInterview,
  getInterview,
  getInterviewSummary,
  insertInterview,
  listInterviews,
  restoreInterview,
  saveNotes,
  updateInterview,
} from '../store/interviewStore';
import { replaceNoteDoc } from '../store/noteDocStore';
import type { HandlerTable, PreparedHandler } from './context';

/**
 * Parsing a file can take seconds: it runs in a thread of its own while the writer answers other
 * operations; only the insert of the finished, checked note (and its Yjs document) waits for the writer.
 */
const importInterview: PreparedHandler<'interview.import', ImportedNote & { doc: Uint8Array | null }> = {
  async prepare({ fileName, content }, state) {
    const imported = await runImport({ fileName, content }, { workerHref: state.importWorkerHref });
    // Its Yjs document too, made in the note thread, so the first open shows it at once.
    return { ...imported, doc: await documentOf(state, { state: null, json: imported.note.json, text: imported.note.text }) };
  },
  apply: (db, { title, note, doc }) => {
    const id = insertInterview(db, { title }, note);
    if (doc) replaceNoteDoc(db, id, doc, new Date().toISOString());
    return getInterviewSummary(db, id);
  },
};

export const interviewOps: HandlerTable<
  | 'interview.list'
  | 'interview.get'
  | 'interview.create'
  | 'interview.update'
  | 'interview.delete'
  | 'interview.restore'
  | 'interview.saveNotes'
  | 'interview.import'
> = {
  'interview.list': (db) => listInterviews(db),
  'interview.get': (db, { id }) => getInterview(db, id),
  'interview.create': (db, fields) => createInterview(db, fields),
  'interview.update': (db, { id, ...patch }) => updateInterview(db, id, patch),
  'interview.delete': (db, { id }) => deleteInterview(db, id),
  'interview.restore': (db, { id }) => restoreInterview(db, id),
  'interview.saveNotes': (db, { id, notes, changes, baseVersion }) => saveNotes(db, id, { notes, changes }, baseVersion),
  'interview.import': importInterview,
};
