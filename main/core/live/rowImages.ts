import type { CapturedChange } from './changeCapture';

export type RowValues = Record<string, unknown>;

/**
 * One row as an operation left it: what it was before (null: the operation created it) and after
 * (null: the operation deleted it). For an update only the columns that changed are kept, so undo
 * reverts those columns and nothing another window changed meanwhile.
 */
export interface RowImage {
  tbl: string;
  /** The primary key's values, as JSON. */
  key: string;
  before: RowValues | null;
  after: RowValues | null;
}

/** A row an operation touched, whether or not images were recorded: enough to report the change. */
export interface TouchedRow {
  tbl: string;
  key: unknown[];
  /** Created by this operation (its first change was an insert). */
  inserted: boolean;
  /** Gone at its end (its last change was a delete). */
  deleted: boolean;
  /** The row as it was deleted, when it was: its links can no longer be read from the table. */
  gone: RowValues | null;
}

interface Folded {
  tbl: string;
  key: string;
  first: CapturedChange;
  last: CapturedChange;
}

function fold(changes: readonly CapturedChange[]): Folded[] {
  const byRow = new Map<string, Folded>();
  for (const c of changes) {
    const id = `${c.tbl}\u0000${c.key}`;
    const seen = byRow.get(id);
    if (seen) seen.last = c;
    else byRow.set(id, { tbl: c.tbl, key: c.key, first: c, last: c });
  }
  return [...byRow.values()];
}

export function touchedRows(changes: readonly CapturedChange[]): TouchedRow[] {
  return fold(changes).map((f) => ({
    tbl: f.tbl,
    key: JSON.parse(f.key) as unknown[],
    inserted: f.first.kind === 'i',
    deleted: f.last.kind === 'd',
    gone: f.last.kind === 'd' ? parse(f.last.old) : null,
  }));
}

const parse = (json: string | null): RowValues | null => (json === null ? null : (JSON.parse(json) as RowValues));

/** The images an undo entry keeps, in the order the rows were first touched; rows left as they were drop out. */
export function rowImages(changes: readonly CapturedChange[]): RowImage[] {
  const images: RowImage[] = [];
  for (const f of fold(changes)) {
    const before = f.first.kind === 'i' ? null : parse(f.first.old);
    const after = f.last.kind === 'd' ? null : parse(f.last.new);
    if (before === null && after === null) continue;
    if (before && after) {
      const changed = Object.keys(after).filter((c) => before[c] !== after[c]);
      if (!changed.length) continue;
      images.push({ tbl: f.tbl, key: f.key, before: pick(before, changed), after: pick(after, changed) });
    } else images.push({ tbl: f.tbl, key: f.key, before, after });
  }
  return images;
}

const pick = (row: RowValues, columns: readonly string[]): RowValues => Object.fromEntries(columns.map((c) => [c, row[c]]));

/**
 * Two consecutive steps of one run (a slider's presses) as one: the first step's before images and
 * the last step's after images, per row.
 */
export function mergeImages(earlier: readonly RowImage[], later: readonly RowImage[]): RowImage[] {
  const merged = new Map<string, RowImage>();
  for (const img of earlier) merged.set(`${img.tbl}\u0000${img.key}`, { ...img });
  for (const img of later) {
    const id = `${img.tbl}\u0000${img.key}`;
    const seen = merged.get(id);
    if (!seen) {
      merged.set(id, { ...img });
      continue;
    }
    // The run starts from the earlier step's values; a column only the later step changed starts
    // from its value before that step, which is also its value before the run.
    if (seen.before && img.before) seen.before = { ...img.before, ...seen.before };
    seen.after = img.after === null ? null : seen.after ? { ...seen.after, ...img.after } : img.after;
  }
  return [...merged.values()].filter((img) => img.before !== null || img.after !== null);
}
