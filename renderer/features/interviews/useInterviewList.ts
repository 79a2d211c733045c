import { useCallback, useEffect, useRef, useState } from 'react';
import type { InterviewSummary } from '../../../shared/schema/interview';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoStack } from '../../app/UndoContext';
import type { UndoEntry } from '../../app/undoStack';
import { useT } from '../../app/useT';

/** Newest first: the interview typed today is the one looked for. */
const byDate = (a: InterviewSummary, b: InterviewSummary) => (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt);

export function useInterviewList() {
  const t = useT();
  const toasts = useToasts();
  const stack = useUndoStack();
  const { track } = useSaveState();
  const [interviews, setInterviews] = useState<InterviewSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const current = useRef<InterviewSummary[]>([]);

  const reload = useCallback(async () => {
    try {
      const list = (await invoke('interview.list', {})).sort(byDate);
      current.current = list;
      setInterviews(list);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e, t));
    }
  }, [t]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state is set when the core answers, not synchronously
    void reload();
    // Loaded once per visit of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);

  const create = useCallback(
    async (title: string) => {
      try {
        const interview = await track(invoke('interview.create', { title: title.trim() }), (e) => errorText(e, t));
        await reload();
        return interview;
      } catch (e) {
        fail(e);
        return null;
      }
    },
    [track, t, reload, fail],
  );

  /** Deletes an interview, with undo. Answers the interview now in its place (null: the list is empty), or null if none was deleted. */
  const remove = useCallback(
    async (id: string): Promise<{ next: string | null } | null> => {
      const place = current.current.findIndex((i) => i.id === id);
      const interview = current.current[place];
      if (!interview) return null;
      const del = async () => {
        await track(invoke('interview.delete', { id }), (e) => errorText(e, t));
        await reload();
      };
      const restore = async () => {
        await track(invoke('interview.restore', { id }), (e) => errorText(e, t));
        await reload();
      };
      try {
        await del();
      } catch (e) {
        fail(e);
        return null;
      }
      const entry: UndoEntry = { label: t('interview.history.delete', { title: interview.title }), undo: restore, redo: del };
      stack.push(entry);
      toasts.show({
        tone: 'info',
        message: t('interview.deleted', { title: interview.title }),
        action: { label: t('undo.undo'), onAction: () => void stack.undoEntry(entry).catch(fail) },
      });
      // The one that moved up into its place, or the one before it at the end of the list.
      const rest = current.current.filter((i) => i.id !== id);
      return { next: rest[Math.min(place, rest.length - 1)]?.id ?? null };
    },
    [track, t, reload, fail, stack, toasts],
  );

  return { interviews, loadError, reload, create, remove };
}
