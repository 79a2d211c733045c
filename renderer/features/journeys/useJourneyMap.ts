import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpInput } from '../../../shared/operations';
import type { JourneyChange, JourneyItem, JourneyMap } from '../../../shared/schema/journey';
import { invoke } from '../../api';
import { createWriteQueue } from '../../app/createWriteQueue';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoStack } from '../../app/UndoContext';
import { useT } from '../../app/useT';
import { publishJourney, subscribeJourney } from './journeyEvents';
import { moveItemLocally, type ItemTarget } from './moveItemLocally';
import { groupCells, reuseMap } from './reuseMap';
import { useJourneyT } from './useJourneyT';

type ChangeOp =
  | 'stage.add'
  | 'stage.update'
  | 'stage.move'
  | 'stage.delete'
  | 'stage.restore'
  | 'lane.add'
  | 'lane.update'
  | 'lane.move'
  | 'lane.delete'
  | 'lane.restore'
  | 'item.create'
  | 'item.update'
  | 'item.move'
  | 'item.delete'
  | 'item.restore'
  | 'item.fromHighlight'
  | 'emotion.set'
  | 'evidence.link'
  | 'evidence.unlink';

export type ItemPatch = Omit<OpInput<'item.update'>, 'id'>;

export type MapSettings = Pick<OpInput<'journey.update'>, 'name' | 'goal' | 'state' | 'scale' | 'personaIds'>;

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * One open map and every edit to it. Each edit is written at once (the file is the truth), the
 * map the core answers replaces the one shown, and the inverse edit goes on the session's undo stack.
 */
export function useJourneyMap(mapId: string) {
  const t = useT();
  const jt = useJourneyT();
  const toasts = useToasts();
  const stack = useUndoStack();
  const { track } = useSaveState();
  const [view, setView] = useState<{ map: JourneyMap; cells: Map<string, JourneyItem[]> } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Undo closures and quick successive edits read the latest map from here, not a stale render.
  const current = useRef<JourneyMap | null>(null);
  const cells = useRef<Map<string, JourneyItem[]> | null>(null);

  const show = useCallback((next: JourneyMap) => {
    const map = reuseMap(current.current, next);
    current.current = map;
    cells.current = groupCells(map.items, cells.current);
    setView({ map, cells: cells.current });
  }, []);

  const reload = useCallback(async () => {
    show(await invoke('journey.get', { id: mapId }));
    setLoadError(null);
  }, [mapId, show]);

  useEffect(() => {
    let live = true;
    invoke('journey.get', { id: mapId }).then(
      (m) => live && show(m),
      (e: unknown) => live && setLoadError(errorText(e, t)),
    );
    const unsubscribe = subscribeJourney((m) => {
      if (m.id === mapId) show(m);
    });
    return () => {
      live = false;
      unsubscribe();
    };
    // Loaded once per map; the language changing must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapId, show]);

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);

  const [inOrder] = useState(createWriteQueue);
  const writing = useRef(0);
  /** A failed write leaves the map unsure, so it is read back from the core before the error surfaces. */
  const change = useCallback(
    async <K extends ChangeOp>(op: K, input: OpInput<K>): Promise<JourneyChange> => {
      try {
        writing.current += 1;
        const result = (await track(inOrder(() => invoke(op, input)), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: true }).finally(() => (writing.current -= 1))) as JourneyChange;
        // Each edit is already on screen; an answer with later writes still queued behind it is
        // older than the screen and would step a quickly pressed slider back.
        if (writing.current === 0) publishJourney(result.map);
        return result;
      } catch (e) {
        await reload().catch(() => undefined);
        throw e;
      }
    },
    [track, t, reload, inOrder],
  );

  const updateMap = useCallback(
    async (input: OpInput<'journey.update'>) => {
      const m = await track(invoke('journey.update', input), (e) => errorText(e, t));
      publishJourney(m);
    },
    [track, t],
  );

  /** Runs an edit and records its inverse; the forward step is also the redo. */
  const act = useCallback(
    async (label: string, forward: () => Promise<unknown>, backward: () => Promise<unknown>): Promise<boolean> => {
      // Recorded before the write lands: an edit shown at once must be the one a quick Ctrl+Z undoes.
      const written = forward();
      stack.pushPending({ label, undo: async () => void (await backward()), redo: async () => void (await forward()) }, written);
      try {
        await written;
      } catch (e) {
        fail(e);
        return false;
      }
      return true;
    },
    [fail, stack],
  );

  const find = useCallback(<T extends { id: string }>(list: (m: JourneyMap) => T[], id: string) => {
    const m = current.current;
    return m ? list(m).find((x) => x.id === id) : undefined;
  }, []);

  const edits = useMemo(() => {
    const itemOf = (id: string) => find((m) => m.items, id);
    const stageOf = (id: string) => find((m) => m.stages, id);
    const laneOf = (id: string) => find((m) => m.lanes, id);

    /** Creations answer with the new id; undo deletes it and redo restores the same one. */
    const created = async (label: (name: string) => string, make: () => Promise<JourneyChange>, kind: 'stage' | 'lane' | 'item', name: string) => {
      let id: string;
      try {
        id = (await make()).changedId;
      } catch (e) {
        fail(e);
        return null;
      }
      stack.push({
        label: label(name),
        undo: async () => void (await change(`${kind}.delete`, { id })),
        redo: async () => void (await change(`${kind}.restore`, { id })),
      });
      return id;
    };

    return {
      updateSettings: async (patch: MapSettings) => {
        const m = current.current;
        if (!m) return false;
        const before: MapSettings = {};
        for (const key of Object.keys(patch) as (keyof MapSettings)[]) {
          (before as Record<string, unknown>)[key] = m[key];
        }
        return act(
          jt('journey.history.update'),
          () => updateMap({ id: m.id, ...patch }),
          () => updateMap({ id: m.id, ...before }),
        );
      },

      addStage: (name: string, index?: number) =>
        created((n) => jt('journey.history.stageAdd', { name: n }), () => change('stage.add', { mapId, name, index }), 'stage', name),
      renameStage: async (id: string, name: string) => {
        const before = stageOf(id);
        if (!before || before.name === name) return true;
        return act(
          jt('journey.history.stageRename', { from: before.name, to: name }),
          () => change('stage.update', { id, name }),
          () => change('stage.update', { id, name: before.name }),
        );
      },
      moveStage: async (id: string, index: number) => {
        const before = stageOf(id);
        if (!before || before.position === index) return true;
        return act(
          jt('journey.history.stageMove', { name: before.name }),
          () => change('stage.move', { id, index }),
          () => change('stage.move', { id, index: before.position }),
        );
      },
      deleteStage: async (id: string) => {
        const before = stageOf(id);
        if (!before) return false;
        return act(
          jt('journey.history.stageDelete', { name: before.name }),
          () => change('stage.delete', { id }),
          () => change('stage.restore', { id }),
        );
      },

      addLane: (name: string, index?: number) =>
        created((n) => jt('journey.history.laneAdd', { name: n }), () => change('lane.add', { mapId, name, index }), 'lane', name),
      renameLane: async (id: string, name: string) => {
        const before = laneOf(id);
        if (!before || before.name === name) return true;
        return act(
          jt('journey.history.laneRename', { from: before.name, to: name }),
          () => change('lane.update', { id, name }),
          () => change('lane.update', { id, name: before.name }),
        );
      },
      setLaneHidden: async (id: string, hidden: boolean) => {
        const before = laneOf(id);
        if (!before || before.hidden === hidden) return true;
        return act(
          jt(hidden ? 'journey.history.laneHide' : 'journey.history.laneShow', { name: before.name }),
          () => change('lane.update', { id, hidden }),
          () => change('lane.update', { id, hidden: before.hidden }),
        );
      },
      moveLane: async (id: string, index: number) => {
        const before = laneOf(id);
        if (!before || before.position === index) return true;
        return act(
          jt('journey.history.laneMove', { name: before.name }),
          () => change('lane.move', { id, index }),
          () => change('lane.move', { id, index: before.position }),
        );
      },
      deleteLane: async (id: string) => {
        const before = laneOf(id);
        if (!before) return false;
        return act(
          jt('journey.history.laneDelete', { name: before.name }),
          () => change('lane.delete', { id }),
          () => change('lane.restore', { id }),
        );
      },

      createItem: (input: OpInput<'item.create'>) =>
        created(
          (text) => jt('journey.history.itemCreate', { text: short(text) }),
          () => change('item.create', input),
          'item',
          input.text,
        ),
      updateItem: async (id: string, patch: ItemPatch) => {
        const before = itemOf(id);
        if (!before) return false;
        const undo: ItemPatch = {};
        for (const key of Object.keys(patch) as (keyof ItemPatch)[]) {
          (undo as Record<string, unknown>)[key] = before[key];
        }
        if (patch.text !== undefined && current.current) {
          // Shown at once: typing on a projector must not wait for the disk.
          show({ ...current.current, items: current.current.items.map((i) => (i.id === id ? { ...i, text: patch.text! } : i)) });
        }
        return act(
          jt('journey.history.itemEdit', { text: short(patch.text ?? before.text) }),
          () => change('item.update', { id, ...patch }),
          () => change('item.update', { id, ...undo }),
        );
      },
      moveItem: async (id: string, to: ItemTarget) => {
        const before = itemOf(id);
        const m = current.current;
        if (!before || !m) return false;
        const from: ItemTarget = { stageId: before.stageId, laneId: before.laneId, index: before.position };
        if (from.stageId === to.stageId && from.laneId === to.laneId && from.index === to.index) return true;
        const go = (target: ItemTarget) => {
          if (current.current) show(moveItemLocally(current.current, id, target));
          return change('item.move', { id, ...target });
        };
        return act(jt('journey.history.itemMove', { text: short(before.text) }), () => go(to), () => go(from));
      },
      deleteItem: async (id: string) => {
        const before = itemOf(id);
        if (!before) return false;
        return act(
          jt('journey.history.itemDelete', { text: short(before.text) }),
          () => change('item.delete', { id }),
          () => change('item.restore', { id }),
        );
      },

      setEmotion: async (stageId: string, personaId: string, score: number | null, note?: string) => {
        const m = current.current;
        const stage = stageOf(stageId);
        if (!m || !stage) return false;
        const before = m.emotions.find((e) => e.stageId === stageId && e.personaId === personaId);
        const nextNote = note ?? before?.note;
        const local = (s: number | null, n: string) => {
          const m2 = current.current;
          if (!m2) return;
          // Shown at once, so quick arrow presses step from the score on screen, not the one on disk.
          const rest = m2.emotions.filter((e) => !(e.stageId === stageId && e.personaId === personaId));
          show({ ...m2, emotions: s === null ? rest : [...rest, { stageId, personaId, score: s, note: n }] });
        };
        return act(
          jt('journey.history.emotion', { stage: stage.name }),
          () => {
            local(score, nextNote ?? '');
            return change('emotion.set', { stageId, personaId, score, ...(nextNote !== undefined && score !== null ? { note: nextNote } : {}) });
          },
          () =>
            change('emotion.set', {
              stageId,
              personaId,
              score: before?.score ?? null,
              ...(before ? { note: before.note } : {}),
            }),
        );
      },

      cite: async (itemId: string, highlightId: string) => {
        const before = itemOf(itemId);
        if (!before) return false;
        return act(
          jt('journey.history.cite', { text: short(before.text) }),
          () => change('evidence.link', { itemId, highlightId }),
          () => change('evidence.unlink', { itemId, highlightId }),
        );
      },
      uncite: async (itemId: string, highlightId: string) => {
        const before = itemOf(itemId);
        if (!before) return false;
        return act(
          jt('journey.history.uncite', { text: short(before.text) }),
          () => change('evidence.unlink', { itemId, highlightId }),
          () => change('evidence.link', { itemId, highlightId }),
        );
      },
    };
  }, [act, change, fail, find, jt, mapId, show, stack, updateMap]);

  return { map: view?.map ?? null, cells: view?.cells ?? null, loadError, edits };
}

export type JourneyEdits = ReturnType<typeof useJourneyMap>['edits'];
