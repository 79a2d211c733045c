import { importNotes } from '../notes/import/importNotes';
import {
  createInterview,
  deleteInterview,
  getInterview,
  getInterviewSummary,
  listInterviews,
  restoreInterview,
  saveNotes,
  updateInterview,
} from '../store/interviewStore';
import type { HandlerTable, PreparedHandler } from './context';

/** Parsing a .docx can take a while: it happens before the transaction, the insert inside it. */
const importInterview: PreparedHandler<'interview.import', Awaited<ReturnType<typeof importNotes>>> = {
  prepare: ({ fileName, content }) => importNotes(fileName, Buffer.from(content, 'base64')),
  apply: (db, { title, notes }) => getInterviewSummary(db, createInterview(db, { title }, notes).id),
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
