import { operations, type OpName } from '../../shared/operations';
import { COALESCE_MS } from '../../main/core/live/historyStore';
import type { PlannedOp } from './plan';
import type { Rng } from './prng';
import type { Facts } from './snapshot';

/** Every fact an undo (or redo) must put back: the value it had, or its absence. */
const restore = (keys: Iterable<string>, to: Facts): PlannedOp['expect'] =>
  [...keys].map((key) => ({ kind: 'fact' as const, key, value: to[key] ?? null }));

interface Step {
  op: OpName;
  coalesceKey: string | null;
  at: number;
  before: Facts;
  after: Facts;
}

const changedKeys = (a: Facts, b: Facts) => new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== b[k]));

/**
 * The crash window's undo history as the core keeps it, as far as the next step needs: the last
 * undoable step (a run on one slider counts as one), so an undo right after it, and a redo right
 * after that, can say exactly what they must change.
 */
export class HistorySteps {
  private last: Step | null = null;
  private undone: Step | null = null;

  /** After an acknowledged operation, with the facts before and after it. */
  acked(op: OpName, input: unknown, before: Facts, after: Facts): void {
    if (op === 'history.undo' && this.last) {
      this.undone = this.last;
      this.last = null;
      return;
    }
    if (op === 'history.redo' && this.undone) {
      this.last = this.undone;
      this.undone = null;
      return;
    }
    const spec = operations[op];
    if (!spec.undoable) {
      // A note save is not undone by the core; what it changed would make the expectations wrong.
      this.last = null;
      this.undone = null;
      return;
    }
    const coalesceKey = (spec.coalesce as ((i: unknown) => string) | undefined)?.(input) ?? null;
    const now = Date.now();
    const joins = this.last && coalesceKey !== null && this.last.op === op && this.last.coalesceKey === coalesceKey && now - this.last.at < COALESCE_MS;
    this.last = { op, coalesceKey, at: now, before: joins ? this.last!.before : before, after };
    this.undone = null;
  }

  /** An undo or a redo to try now, sometimes; null to go on with other operations. */
  plan(rng: Rng): PlannedOp | null {
    if (this.undone && rng.chance(0.5)) {
      const keys = changedKeys(this.undone.before, this.undone.after);
      return { op: 'history.redo', input: {}, expect: restore(keys, this.undone.after), domains: [...keys] };
    }
    // Close to a run's time limit the core may or may not join the next step to it: no undo then.
    if (this.last && Date.now() - this.last.at < COALESCE_MS - 1_000 && rng.chance(0.15)) {
      const keys = changedKeys(this.last.before, this.last.after);
      if (!keys.size) return null;
      return { op: 'history.undo', input: {}, expect: restore(keys, this.last.before), domains: [...keys] };
    }
    return null;
  }
}
