import type { OpInput, OpName, OpOutput } from '../../shared/operations';
import { createWriteQueue, type WriteQueue } from '../app/createWriteQueue';
import type { TrackOptions } from '../app/saveStatusTracker';
import type { OptimisticPatch } from './applyPatch';
import type { Invoke, StudioStore } from './studioStore';

/* The plain part of mutate.ts (its header says how it behaves), without React or the transport. */

export interface MutateOptions {
  optimistic?: OptimisticPatch;
  /** No toast on refusal: the caller shows the problem where it belongs (a field's own message). */
  quiet?: boolean;
  /**
   * A refusal leaves the user's input on screen, unsaved (a form keeps what was typed), so the
   * save indicator says it failed. Otherwise the screen shows the stored rows again and it does not.
   */
  keepsInput?: boolean;
  /** Called as the request leaves for the core: writes wait for the window's writes before them. */
  onSent?(): void;
}

export type Mutated<K extends OpName> = { ok: true; value: OpOutput<K> } | { ok: false; error: unknown };

export type Mutate = <K extends OpName>(op: K, input: OpInput<K>, options?: MutateOptions) => Promise<Mutated<K>>;

export interface MutatorDeps {
  store: Pick<StudioStore, 'addOverlay' | 'dropOverlay'>;
  invoke: Invoke;
  track<T>(write: Promise<T>, describe: (e: unknown) => string, options?: TrackOptions): Promise<T>;
  describe(error: unknown): string;
  refused(message: string): void;
  queue?: WriteQueue;
}

/** One queue for the window, shared by every mutator. */
const windowQueue = createWriteQueue();

export function createMutator({ store, invoke, track, describe, refused, queue = windowQueue }: MutatorDeps): Mutate {
  return async (op, input, options = {}) => {
    const overlay = options.optimistic ? store.addOverlay(options.optimistic) : null;
    try {
      const value = await track(
        queue(() => {
          options.onSent?.();
          return invoke(op, input);
        }),
        describe,
        { refusalLeavesNothingUnsaved: !options.keepsInput },
      );
      return { ok: true, value };
    } catch (error) {
      if (!options.quiet) refused(describe(error));
      return { ok: false, error };
    } finally {
      if (overlay !== null) store.dropOverlay(overlay);
    }
  };
}
