import { isRefusal } from '../transport/ApiError';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** Everything is on disk; also the state before any write. */
export const SAVED: SaveState = { kind: 'saved' };
const SAVING: SaveState = { kind: 'saving' };

/**
 * How long the indicator waits, once nothing is being written, before it says "saved". A note
 * autosaves every few hundred milliseconds while it is typed, and most saves are answered before
 * the next key: said at once, "saved" would flicker on and off under the typist's keys (and on a
 * projector), restyling the page twice per save.
 */
export const SETTLE_MS = 600;

export interface TrackOptions {
  /**
   * When the core refuses the write, the caller keeps nothing unsaved: it shows what is stored
   * again (reads the list back, puts the stored name back in the field) or had nothing but a file
   * on disk to begin with (an import). The project is as saved as before, and the caller says why.
   * A function answers per refusal, for a caller that takes back only some (the note editor shows
   * the stored note after a conflict, and keeps its words unsaved after other refusals).
   */
  refusalLeavesNothingUnsaved?: boolean | ((refusal: unknown) => boolean);
}

/**
 * The project's save state from the writes it is told about. Every operation is its own
 * transaction, so a write that resolved is on disk. The states it reports are shared objects, so a
 * state that did not change is the very same value and its listener can skip a render.
 */
export class SaveStatusTracker {
  private pending = 0;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private state: SaveState = SAVED;
  /** The last failure no write has made good since: a refused write that reverts shows it again. */
  private failure: SaveState | null = null;

  constructor(private readonly report: (state: SaveState) => void) {}

  get current(): SaveState {
    return this.state;
  }

  /** Bound, so that callers may take it out of the tracker. */
  readonly track = async <T>(write: Promise<T>, describeError: (e: unknown) => string, options: TrackOptions = {}): Promise<T> => {
    this.pending += 1;
    this.cancelSettle();
    this.set(SAVING);
    try {
      const value = await write;
      this.pending -= 1;
      // A later successful write means the project is consistent again: failed writes are resynced by reloading.
      this.failure = null;
      this.settleWhenIdle();
      return value;
    } catch (e) {
      this.pending -= 1;
      const leavesNothing = options.refusalLeavesNothingUnsaved;
      if (isRefusal(e) && (typeof leavesNothing === 'function' ? leavesNothing(e) : leavesNothing)) {
        if (this.failure) this.set(this.failure);
        else this.settleWhenIdle();
        throw e;
      }
      this.cancelSettle();
      this.failure = { kind: 'failed', message: describeError(e) };
      this.set(this.failure);
      throw e;
    }
  };

  /**
   * Cancels a "saved" about to be reported. The tracker stays usable (React may mount its provider
   * again), so a write still in flight reports when it ends.
   */
  dispose(): void {
    this.cancelSettle();
  }

  private settleWhenIdle(): void {
    if (this.pending === 0) this.settle = setTimeout(() => ((this.settle = null), this.set(SAVED)), SETTLE_MS);
  }

  private cancelSettle(): void {
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = null;
  }

  private set(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.report(state);
  }
}
