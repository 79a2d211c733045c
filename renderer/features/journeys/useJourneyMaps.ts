import { useCallback, useMemo } from 'react';
import type { OpInput } from '../../../shared/operations';
import type { JourneySummary } from '../../../shared/schema/journey';
import { useDeleteWithUndo } from '../../data/history';
import { useMutate } from '../../data/mutate';
import { useCollection } from '../../data/useEntities';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { useJourneyT } from './useJourneyT';

const byCreation = (a: JourneySummary, b: JourneySummary) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The maps of the open project, from the client store: creating, copying into a future map and deleting. */
export function useJourneyMaps() {
  const t = useT();
  const jt = useJourneyT();
  const mutate = useMutate();
  const deleteWithUndo = useDeleteWithUndo();
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
      await deleteWithUndo('journey.delete', { id: map.id }, { journey: { remove: [map.id] } }, jt('journey.deleted', { name: map.name }));
    },
    [deleteWithUndo, jt],
  );

  return { maps, loadError: error ? errorText(error, t) : null, create, createFuture, remove };
}
