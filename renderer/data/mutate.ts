/*
 * Writing through the store:
 *   const mutate = useMutate();
 *   const r = await mutate('persona.rename', { id, name }, { optimistic: { persona: { merge: [{ id, name }] } } });
 *   if (r.ok) r.value ...
 * Never rejects. The optimistic patch shows at once and is dropped when the core answers: on
 * success its change set (put in the store by api.ts before this resolves) is the truth; on refusal
 * the screen shows the stored rows again and a toast says why (`quiet`: the caller says it itself).
 * Every write is tracked by the save indicator. The window's writes go to the core one after another,
 * in the order they were made: over HTTP two requests could otherwise overtake each other.
 */
import { useMemo } from 'react';
import { invoke as apiInvoke } from '../api';
import { errorText } from '../app/errorText';
import { useSaveState } from '../app/SaveStateContext';
import { useToasts } from '../app/toasts/ToastContext';
import { useT } from '../app/useT';
import { createMutator, type Mutate } from './createMutator';
import { studio } from './studio';

export type { Mutate, Mutated, MutateOptions } from './createMutator';

export function useMutate(): Mutate {
  const t = useT();
  const toasts = useToasts();
  const { track } = useSaveState();
  return useMemo(
    () =>
      createMutator({
        store: studio,
        invoke: apiInvoke,
        track,
        describe: (e) => errorText(e, t),
        refused: (message) => toasts.show({ tone: 'error', message }),
      }),
    [t, toasts, track],
  );
}
