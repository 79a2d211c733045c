import { useCallback } from 'react';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { useDeleteWithUndo } from '../../data/history';
import { useMutate } from '../../data/mutate';
import { studio } from '../../data/studio';
import { selectRows, useCollection } from '../../data/useEntities';

/** The interviews, newest first, from the window's store: other windows' changes show as they are made. */
export function useInterviewList() {
  const t = useT();
  const mutate = useMutate();
  const deleteWithUndo = useDeleteWithUndo();
  const { rows, loaded, error } = useCollection('interview');

  const create = useCallback(
    async (title: string) => {
      const answer = await mutate('interview.create', { title: title.trim() });
      return answer.ok ? answer.value : null;
    },
    [mutate],
  );

  /** Deletes an interview (the core keeps its undo). Answers the interview now in its place (null: the list is empty), or null if none was deleted. */
  const remove = useCallback(
    async (id: string): Promise<{ next: string | null } | null> => {
      const before = selectRows('interview', studio.store.getState().entities.interview);
      const place = before.findIndex((i) => i.id === id);
      const interview = before[place];
      if (!interview) return null;
      if (!(await deleteWithUndo('interview.delete', { id }, { interview: { remove: [id] } }, t('interview.deleted', { title: interview.title })))) return null;
      // The one that moved up into its place, or the one before it at the end of the list.
      const rest = before.filter((i) => i.id !== id);
      return { next: rest[Math.min(place, rest.length - 1)]?.id ?? null };
    },
    [deleteWithUndo, t],
  );

  /** An import answers before its rows may be in the store: the list is read again. */
  const reload = useCallback(() => studio.loadCollection('interview', true), []);

  return { interviews: loaded ? rows : null, loadError: error ? errorText(error, t) : null, reload, create, remove };
}
