import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpInput } from '../../../shared/operations';
import type { JourneyMap, JourneySummary } from '../../../shared/schema/journey';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoStack } from '../../app/UndoContext';
import type { UndoEntry } from '../../app/undoStack';
import { useT } from '../../app/useT';
import { useJourneyT } from './useJourneyT';

/** The maps of the open project: creating, copying into a future map and deleting, all undoable. */
export function useJourneyMaps() {
  const t = useT();
  const jt = useJourneyT();
  const toasts = useToasts();
  const stack = useUndoStack();
  const { track } = useSaveState();
  const [maps, setMaps] = useState<JourneySummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const live = useRef(true);

  const reload = useCallback(async () => {
    try {
      const list = await invoke('journey.list', {});
      if (live.current) setMaps(list);
      setLoadError(null);
    } catch (e) {
      if (live.current) setLoadError(errorText(e, t));
    }
  }, [t]);

  useEffect(() => {
    live.current = true;
    invoke('journey.list', {}).then(
      (list) => live.current && setMaps(list),
      (e: unknown) => live.current && setLoadError(errorText(e, t)),
    );
    return () => {
      live.current = false;
    };
    // Loaded once per visit of the list; the language changing must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);
  const write = useCallback(<T,>(p: Promise<T>) => track(p, (e) => errorText(e, t)), [track, t]);

  /** A new map's undo deletes it; redo brings back that same map rather than a fresh copy. */
  const recordNew = useCallback(
    (map: JourneyMap, label: string) => {
      stack.push({
        label,
        undo: async () => {
          await write(invoke('journey.delete', { id: map.id }));
          await reload();
        },
        redo: async () => {
          await write(invoke('journey.restore', { id: map.id }));
          await reload();
        },
      });
    },
    [stack, write, reload],
  );

  const create = useCallback(
    async (input: OpInput<'journey.create'>): Promise<JourneyMap | null> => {
      try {
        const map = await write(invoke('journey.create', input));
        recordNew(map, jt('journey.history.create', { name: map.name }));
        await reload();
        return map;
      } catch (e) {
        fail(e);
        return null;
      }
    },
    [write, recordNew, jt, reload, fail],
  );

  const createFuture = useCallback(
    async (source: JourneySummary): Promise<JourneyMap | null> => {
      try {
        const name = jt('journey.futureName', { name: source.name }).slice(0, 200);
        const map = await write(invoke('journey.createFuture', { id: source.id, name }));
        recordNew(map, jt('journey.history.future', { name: map.name }));
        await reload();
        return map;
      } catch (e) {
        fail(e);
        return null;
      }
    },
    [write, recordNew, jt, reload, fail],
  );

  const remove = useCallback(
    async (map: JourneySummary) => {
      try {
        await write(invoke('journey.delete', { id: map.id }));
      } catch (e) {
        fail(e);
        return;
      }
      setMaps((list) => list?.filter((m) => m.id !== map.id) ?? list);
      const entry: UndoEntry = {
        label: jt('journey.history.delete', { name: map.name }),
        undo: async () => {
          await write(invoke('journey.restore', { id: map.id }));
          await reload();
        },
        redo: async () => {
          await write(invoke('journey.delete', { id: map.id }));
          await reload();
        },
      };
      stack.push(entry);
      toasts.show({
        tone: 'info',
        message: jt('journey.deleted', { name: map.name }),
        action: { label: t('undo.undo'), onAction: () => void stack.undoEntry(entry).catch(fail) },
      });
    },
    [write, fail, jt, reload, stack, toasts, t],
  );

  return { maps, loadError, create, createFuture, remove, reload };
}
