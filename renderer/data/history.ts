/*
 * The window's undo history lives in the core (history.undo / history.redo, scoped to this
 * window's client id); the store keeps what history.state says can be undone and redone next.
 *   useHistory()           { undo: op|null, redo: op|null } for the buttons
 *   useHistoryActions()    { undo(), redo() }: steps through the window's write queue, says what was done
 *   useDeleteWithUndo()    a delete whose toast offers its Undo
 * The store asks history.state again after every change this window made (studio.ts).
 *   opLabel(op, t)         "rename persona" for 'persona.rename'
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import { catalogues } from '../../shared/i18n/translate';
import type { OpInput, OpName } from '../../shared/operations';
import type { HistoryState } from '../../shared/schema/history';
import { useToasts } from '../app/toasts/ToastContext';
import type { Translate } from '../app/useT';
import { useT } from '../app/useT';
import { useMutate, type MutateOptions } from './mutate';
import { studio } from './studio';
import { useStudio } from './useEntities';

export function opLabel(op: string, t: Translate): string {
  const key = `history.op.${op}`;
  return Object.hasOwn(catalogues.en, key) ? t(key as MessageKey) : t('history.op.other');
}

export function useHistory(): HistoryState {
  const history = useStudio((s) => s.history);
  useEffect(() => {
    if (history === null) studio.refreshHistory();
  }, [history]);
  return history ?? NOTHING;
}

const NOTHING: HistoryState = { undo: null, redo: null };

/**
 * `quiet`: asked from a toast's Undo, whose toast goes as the step is taken: what was undone is
 * announced to screen readers, not shown in one more toast.
 */
export function useHistoryActions(): { undo(options?: { quiet?: boolean }): Promise<void>; redo(): Promise<void> } {
  const t = useT();
  const toasts = useToasts();
  const mutate = useMutate();
  const step = useCallback(
    async (direction: 'undo' | 'redo', quiet = false) => {
      const answer = await mutate(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      if (!answer.ok) return;
      studio.setHistory(answer.value.state);
      const { op } = answer.value;
      if (!op) return;
      const message = t(direction === 'undo' ? 'undo.done' : 'undo.redone', { what: opLabel(op, t) });
      if (quiet) toasts.announce(message);
      else toasts.show({ tone: 'info', message });
    },
    [mutate, toasts, t],
  );
  return useMemo(() => ({ undo: (options?: { quiet?: boolean }) => step('undo', options?.quiet), redo: () => step('redo') }), [step]);
}

/**
 * A delete whose toast offers Undo. The toast comes with the row's going, not with the core's
 * answer: its Undo waits in the window's queue behind the delete, and a refused delete takes the
 * toast back. Resolves to whether the core deleted it.
 */
export function useDeleteWithUndo(): <K extends OpName>(op: K, input: OpInput<K>, optimistic: MutateOptions['optimistic'], message: string) => Promise<boolean> {
  const t = useT();
  const toasts = useToasts();
  const mutate = useMutate();
  const history = useHistoryActions();
  return useCallback(
    async (op, input, optimistic, message) => {
      const toast = toasts.show({ tone: 'info', message, action: { label: t('undo.undo'), onAction: () => void history.undo({ quiet: true }) } });
      const answer = await mutate(op, input, { optimistic });
      if (!answer.ok) toasts.dismiss(toast);
      return answer.ok;
    },
    [mutate, toasts, t, history],
  );
}
