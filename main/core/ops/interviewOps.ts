import { runImport, type ImportedNote } from '../notes/import/runImport';
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
import type { HandlerTable, PreparedHandler } from './context';

/**
 * Parsing a file can take seconds: it runs in a thread of its own while the writer answers other
 * operations; only the insert of the finished, checked note waits for the writer.
 */
const importInterview: PreparedHandler<'interview.import', ImportedNote> = {
  prepare: ({ fileName, content }, state) => runImport({ fileName, content }, { workerHref: state.importWorkerHref }),
  apply: (db, { title, note }) => getInterviewSummary(db, insertInterview(db, { title }, note)),
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
