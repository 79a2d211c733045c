import type { Database } from 'better-sqlite3';
import type { ChangeSet } from '../../../shared/live/changeSet';
import { installChangeCapture, setCaptureImages, takeCapturedChanges, type CapturedTable } from './changeCapture';
import { changeSetOf } from './changeSetOf';
import { ChangeLog } from './changeLog';
import { recordStep } from './historyStore';
import { rowImages, touchedRows } from './rowImages';

/** What the live machinery keeps per open project connection. */
export interface LiveProject {
  tables: ReadonlyMap<string, CapturedTable>;
  log: ChangeLog;
}

const projects = new WeakMap<Database, LiveProject>();

export function liveProject(db: Database): LiveProject {
  let live = projects.get(db);
  if (!live) {
    live = { tables: new Map(installChangeCapture(db).map((t) => [t.name, t])), log: new ChangeLog(db) };
    projects.set(db, live);
  }
  return live;
}

export interface MutationMeta {
  op: string;
  clientId: string | null;
  /** Record how to undo it, for the window that asked. */
  undoable: boolean;
  coalesceKey: string | null;
}

/**
 * Runs one mutation in one IMMEDIATE transaction: its rows, its undo step and the new revision
 * commit together. The answer's change set is kept for clients catching up only once committed.
 * A mutation that changed nothing keeps the revision and has no change set to send.
 */
export function runMutation<T>(db: Database, meta: MutationMeta, work: (db: Database) => T): { value: T; changes: ChangeSet | null } {
  const live = liveProject(db);
  const recordsUndo = meta.undoable && meta.clientId !== null;
  const result = db
    .transaction(() => {
      setCaptureImages(db, recordsUndo);
      const value = work(db);
      const captured = takeCapturedChanges(db);
      if (!captured.length) return { value, changes: null };
      if (recordsUndo) {
        const images = rowImages(captured);
        if (images.length) recordStep(db, meta.clientId!, meta.op, meta.coalesceKey, images);
      }
      const rev = live.log.next();
      return { value, changes: changeSetOf(db, touchedRows(captured), { rev, op: meta.op, clientId: meta.clientId }) };
    })
    .immediate();
  if (result.changes) live.log.commit(result.changes);
  return result;
}
