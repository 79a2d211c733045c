/*
 * The window's undo history lives in the core (history.undo / history.redo, scoped to this
 * window's client id); the store keeps what history.state says can be undone and redone next.
 *   useHistory()           { undo: op|null, redo: op|null } for the buttons
 *   useHistoryActions()    { undo(), redo() }: steps through the window's write queue, says what was done
 *   refreshHistory()       asks history.state again (after every change this window made)
 *   opLabel(op, t)         "rename persona" for 'persona.rename'
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import { catalogues } from '../../shared/i18n/translate';
import type { HistoryState } from '../../shared/schema/history';
import { invoke } from '../api';
import { useToasts } from '../app/toasts/ToastContext';
import type { Translate } from '../app/useT';
import { useT } from '../app/useT';
import { useMutate } from './mutate';
import { studio } from './studio';
import { useStudio } from './useEntities';

const REFRESH_MS = 120;
let timer: ReturnType<typeof setTimeout> | null = null;
let asked = 0;

/** Asks history.state soon; a burst of changes (a note being typed) asks once. */
export function refreshHistory(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    const mine = ++asked;
    invoke('history.state', {}).then(
      (state) => mine === asked && studio.setHistory(state),
      () => undefined,
    );
  }, REFRESH_MS);
}

export function opLabel(op: string, t: Translate): string {
  const key = `history.op.${op}`;
  return Object.hasOwn(catalogues.en, key) ? t(key as MessageKey) : t('history.op.other');
}

export function useHistory(): HistoryState {
  const history = useStudio((s) => s.history);
  useEffect(() => {
    if (history === null) refreshHistory();
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
