import type { Database } from 'better-sqlite3';
import type { HistoryStep } from '../../../shared/schema/history';
import { historyState, dropStep, markStep, nextStep } from '../live/historyStore';
import { liveProject } from '../live/liveProject';
import { replayImages } from '../live/replayImages';
import { AppFailure } from '../appFailure';
import { indexNoteChunks } from '../store/noteChunks';
import { cachedStatement } from '../store/cachedStatement';
import type { CoreState, HandlerTable } from './context';

class StaleStep extends Error {}

/**
 * Takes the window's next undo (or redo) step: its rows go back (or forward) column by column. A
 * step that can no longer be replayed — it would break a rule of the project, such as a tag name
 * taken since — is dropped, and the answer says nothing was done.
 */
function step(db: Database, state: CoreState, direction: 'undo' | 'redo'): HistoryStep {
  const clientId = state.clientId;
  if (clientId === null) throw new AppFailure('invalid_input', { details: 'history.noClient' });
  const next = nextStep(db, clientId, direction);
  if (!next) return { op: null, state: historyState(db, clientId) };
  const { tables } = liveProject(db);
  db.pragma('defer_foreign_keys = ON');
  try {
    db.transaction(() => {
      const interviews = replayImages(db, tables, next.images, direction);
      for (const tbl of new Set(next.images.map((i) => i.tbl))) {
        if ((cachedStatement(db, `SELECT count(*) FROM pragma_foreign_key_check(?)`).pluck().get(tbl) as number) > 0) throw new StaleStep();
      }
      // The note's search chunks are written by the core, not by triggers: bring them in line.
      for (const id of new Set(interviews)) {
        const text = cachedStatement(db, 'SELECT notes_text FROM interviews WHERE id = ?').pluck().get(id) as string | undefined;
        if (text !== undefined) indexNoteChunks(db, id, text);
      }
    })();
  } catch (e) {
    if (!(e instanceof StaleStep) && !(e instanceof Error && 'code' in e && String(e.code).startsWith('SQLITE_CONSTRAINT'))) throw e;
    dropStep(db, next.seq);
    return { op: null, state: historyState(db, clientId) };
  }
  markStep(db, next.seq, direction === 'undo');
  return { op: next.op, state: historyState(db, clientId) };
}

export const historyOps: HandlerTable<'history.undo' | 'history.redo' | 'history.state' | 'project.changesSince'> = {
  'history.undo': (db, _input, state) => step(db, state, 'undo'),
  'history.redo': (db, _input, state) => step(db, state, 'redo'),
  'history.state': (db, _input, state) => historyState(db, state.clientId),
  'project.changesSince': (db, input) => liveProject(db).log.since(input.rev),
};
