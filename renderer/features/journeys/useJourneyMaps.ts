import { useCallback, useMemo } from 'react';
import type { OpInput } from '../../../shared/operations';
import type { JourneySummary } from '../../../shared/schema/journey';
import { useHistoryActions } from '../../data/history';
import { useMutate } from '../../data/mutate';
import { useCollection } from '../../data/useEntities';
import { errorText } from '../../app/errorText';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { useJourneyT } from './useJourneyT';

const byCreation = (a: JourneySummary, b: JourneySummary) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The maps of the open project, from the client store: creating, copying into a future map and deleting. */
export function useJourneyMaps() {
  const t = useT();
  const jt = useJourneyT();
  const toasts = useToasts();
  const mutate = useMutate();
  const history = useHistoryActions();
  const { rows, loaded, error } = useCollection('journey');
  const maps = useMemo(() => (loaded ? [...rows].sort(byCreation) : null), [rows, loaded]);

  const create = useCallback(
    async (input: OpInput<'journey.create'>): Promise<JourneySummary | null> => {
      const r = await mutate('journey.create', input);
      return r.ok ? r.value : null;
    },
    [mutate],
  );

  const createFuture = useCallback(
    async (source: JourneySummary): Promise<JourneySummary | null> => {
      const name = jt('journey.futureName', { name: source.name }).slice(0, 200);
      const r = await mutate('journey.createFuture', { id: source.id, name });
      return r.ok ? r.value : null;
    },
    [mutate, jt],
  );

  const remove = useCallback(
    async (map: JourneySummary) => {
      // The toast comes with the card's going (see usePersonas); a refused delete takes it back.
      // The delete is this window's last step, so the core's undo brings it back.
      const toast = toasts.show({
        tone: 'info',
        message: jt('journey.deleted', { name: map.name }),
        action: { label: t('undo.undo'), onAction: () => void history.undo({ quiet: true }) },
      });
      const r = await mutate('journey.delete', { id: map.id }, { optimistic: { journey: { remove: [map.id] } } });
      if (!r.ok) toasts.dismiss(toast);
    },
    [mutate, toasts, jt, t, history],
  );

  return { maps, loadError: error ? errorText(error, t) : null, create, createFuture, remove };
}
