/*
 * The window's undo history lives in the core (history.undo / history.redo, scoped to this
 * window's client id); the store keeps what history.state says can be undone and redone next.
 *   useHistory()           { undo: op|null, redo: op|null } for the buttons
 *   useHistoryActions()    { undo(), redo() }: steps through the window's write queue, says what was done
 * The store asks history.state again after every change this window made (studio.ts).
 *   opLabel(op, t)         "rename persona" for 'persona.rename'
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import { catalogues } from '../../shared/i18n/translate';
import type { HistoryState } from '../../shared/schema/history';
import { useToasts } from '../app/toasts/ToastContext';
import type { Translate } from '../app/useT';
import { useT } from '../app/useT';
import { useMutate } from './mutate';
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

export function useHistoryActions(): { undo(): Promise<void>; redo(): Promise<void> } {
  const t = useT();
  const toasts = useToasts();
  const mutate = useMutate();
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const answer = await mutate(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      if (!answer.ok) return;
      studio.setHistory(answer.value.state);
      const { op } = answer.value;
      if (op) toasts.show({ tone: 'info', message: t(direction === 'undo' ? 'undo.done' : 'undo.redone', { what: opLabel(op, t) }) });
    },
    [mutate, toasts, t],
  );
  return useMemo(() => ({ undo: () => step('undo'), redo: () => step('redo') }), [step]);
}
