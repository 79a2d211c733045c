import type { Database } from 'better-sqlite3';
import type { HistoryState } from '../../../shared/schema/history';
import { cachedStatement } from '../store/cachedStatement';
import { mergeImages, type RowImage } from './rowImages';

/** Steps a window keeps at least; older ones fall off, as in any editor. */
export const HISTORY_DEPTH = 200;
/** They fall off in batches: finding the 200th newest step on every edit would cost each edit a walk of 200 entries. */
export const HISTORY_TRIM_EVERY = 16;
/** A run of steps on one thing (a slider's presses) is one step while they come closer than this. */
export const COALESCE_MS = 5_000;

/** Per connection and window, steps recorded since its history was last trimmed. */
const sinceTrim = new WeakMap<Database, Map<string, number>>();

interface Step {
  seq: number;
  op: string;
  coalesce_key: string | null;
  images: string;
  at: string;
}

/**
 * Records an undoable step for the window, in the operation's own transaction. A new step ends
 * what the window could redo. A step with the same coalescing key as the window's last one, soon
 * after it, joins it.
 */
export function recordStep(db: Database, clientId: string, op: string, coalesceKey: string | null, images: readonly RowImage[], now = new Date()): void {
  cachedStatement(db, 'DELETE FROM history WHERE client_id = ? AND undone = 1').run(clientId);
  const last =
    coalesceKey === null
      ? undefined
      : (cachedStatement(db, 'SELECT seq, op, coalesce_key, images, at FROM history WHERE client_id = ? ORDER BY seq DESC LIMIT 1').get(clientId) as
          | Step
          | undefined);
  if (last && last.op === op && last.coalesce_key === coalesceKey && now.getTime() - Date.parse(last.at) < COALESCE_MS) {
    const merged = mergeImages(JSON.parse(last.images) as RowImage[], images);
    cachedStatement(db, 'UPDATE history SET images = ?, at = ? WHERE seq = ?').run(JSON.stringify(merged), now.toISOString(), last.seq);
    return;
  }
  cachedStatement(db, 'INSERT INTO history (client_id, op, coalesce_key, images, at) VALUES (?, ?, ?, ?, ?)').run(
    clientId,
    op,
    coalesceKey,
    JSON.stringify(images),
    now.toISOString(),
  );
  let counts = sinceTrim.get(db);
  if (!counts) sinceTrim.set(db, (counts = new Map()));
  // A window first seen on this connection is trimmed at once: its history may be from an earlier run.
  const count = (counts.get(clientId) ?? HISTORY_TRIM_EVERY - 1) + 1;
  counts.set(clientId, count % HISTORY_TRIM_EVERY);
  if (count < HISTORY_TRIM_EVERY) return;
  cachedStatement(
    db,
    'DELETE FROM history WHERE client_id = ? AND seq <= (SELECT seq FROM history WHERE client_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)',
  ).run(clientId, clientId, HISTORY_DEPTH);
}

/** The step undo (or redo) would take for the window, without taking it. */
export function nextStep(db: Database, clientId: string, direction: 'undo' | 'redo'): { seq: number; op: string; images: RowImage[] } | null {
  const sql =
    direction === 'undo'
      ? 'SELECT seq, op, images FROM history WHERE client_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1'
      : 'SELECT seq, op, images FROM history WHERE client_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1';
  const row = cachedStatement(db, sql).get(clientId) as { seq: number; op: string; images: string } | undefined;
  return row ? { seq: row.seq, op: row.op, images: JSON.parse(row.images) as RowImage[] } : null;
}

export function markStep(db: Database, seq: number, undone: boolean): void {
  cachedStatement(db, 'UPDATE history SET undone = ? WHERE seq = ?').run(undone ? 1 : 0, seq);
}

/** A step that can no longer be replayed (what it changed was made impossible since) is dropped. */
export function dropStep(db: Database, seq: number): void {
  cachedStatement(db, 'DELETE FROM history WHERE seq = ?').run(seq);
}

export function historyState(db: Database, clientId: string | null): HistoryState {
  if (clientId === null) return { undo: null, redo: null };
  const undo = cachedStatement(db, 'SELECT op FROM history WHERE client_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1').pluck().get(clientId) as string | undefined;
  const redo = cachedStatement(db, 'SELECT op FROM history WHERE client_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1').pluck().get(clientId) as string | undefined;
  return { undo: undo ?? null, redo: redo ?? null };
}
