import { useMemo, useState } from 'react';
import { emotionId } from '../../../shared/live/changeSet';
import type { OpInput } from '../../../shared/operations';
import type { JourneyMap } from '../../../shared/schema/journey';
import type { OptimisticPatch } from '../../data/applyPatch';
import { useMutate } from '../../data/mutate';
import { studio } from '../../data/studio';
import { useEntityRows, useLoad } from '../../data/useEntities';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { assembleJourneyMap } from './assembleJourneyMap';
import { createCellGrouper } from './groupCells';
import { loadJourneyMap, mapQueryKey } from './journeyMapQuery';
import { moveItemLocally, type ItemTarget } from './moveItemLocally';

export type ItemPatch = Omit<OpInput<'item.update'>, 'id'>;

export type MapSettings = Pick<OpInput<'journey.update'>, 'name' | 'goal' | 'state' | 'scale' | 'personaIds'>;

/** `ids` with `id` put at `index`, as the core orders stages and lanes. */
function placeAt(ids: readonly string[], id: string, index: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(index, rest.length), 0, id);
  return rest;
}

/** New positions of a reordered list, for the rows whose place changes. */
const renumber = <T extends { id: string; position: number }>(rows: readonly T[], id: string, index: number) => {
  const at = new Map(rows.map((r) => [r.id, r.position]));
  return placeAt(
    rows.map((r) => r.id),
    id,
    index,
  ).flatMap((rid, position) => (at.get(rid) === position ? [] : [{ id: rid, position }]));
};

/**
 * One open map, read from the client store (loaded once with journey.get, then kept current by
 * change sets from every window), and every edit to it. Edits go through the store's mutate:
 * what can be shown at once is laid over the stored rows until the core answers, and taken back
 * with a message if it refuses. Undo is the core's, per window.
 */
export function useJourneyMap(mapId: string) {
  const t = useT();
  const mutate = useMutate();
  const { loaded, error } = useLoad(mapQueryKey(mapId), () => loadJourneyMap(mapId));
  const journey = useEntityRows('journey');
  const stage = useEntityRows('stage');
  const lane = useEntityRows('lane');
  const item = useEntityRows('item');
  const emotion = useEntityRows('emotion');
  const map = useMemo(() => assembleJourneyMap({ journey, stage, lane, item, emotion }, mapId), [journey, stage, lane, item, emotion, mapId]);
  // One grouper per view: a cell whose notes did not change keeps its array.
  const [group] = useState(createCellGrouper);
  const cells = useMemo(() => (map ? group(map.items) : null), [map, group]);

  const edits = useMemo(() => {
    /** The map as shown now, optimistic edits included: quick successive edits step from the screen. */
    const current = (): JourneyMap | null => assembleJourneyMap(studio.store.getState().entities, mapId);
    const run = async <K extends Parameters<typeof mutate>[0]>(op: K, input: OpInput<K>, optimistic?: OptimisticPatch) =>
      (await mutate(op, input, optimistic ? { optimistic } : {})).ok;
    const created = async (op: 'stage.add' | 'lane.add' | 'item.create', input: OpInput<typeof op>) => {
      const r = await mutate(op, input as never);
      return r.ok ? (r.value as { changedId: string }).changedId : null;
    };
    const stageOf = (id: string) => current()?.stages.find((s) => s.id === id);
    const laneOf = (id: string) => current()?.lanes.find((l) => l.id === id);
    const itemOf = (id: string) => current()?.items.find((i) => i.id === id);

    return {
      updateSettings: (patch: MapSettings) => {
        const { personaIds: _ids, ...fields } = patch;
        return run('journey.update', { id: mapId, ...patch }, { journey: { merge: [{ id: mapId, ...fields }] } });
      },

      addStage: (name: string, index?: number) => created('stage.add', { mapId, name, index }),
      renameStage: async (id: string, name: string) => {
        const before = stageOf(id);
        if (!before || before.name === name) return true;
        return run('stage.update', { id, name }, { stage: { merge: [{ id, name }] } });
      },
      moveStage: async (id: string, index: number) => {
        const m = current();
        const before = m?.stages.find((s) => s.id === id);
        if (!m || !before || before.position === index) return true;
        return run('stage.move', { id, index }, { stage: { merge: renumber(m.stages, id, index) } });
      },
      deleteStage: async (id: string) => (stageOf(id) ? run('stage.delete', { id }, { stage: { remove: [id] } }) : false),

      addLane: (name: string, index?: number) => created('lane.add', { mapId, name, index }),
      renameLane: async (id: string, name: string) => {
        const before = laneOf(id);
        if (!before || before.name === name) return true;
        return run('lane.update', { id, name }, { lane: { merge: [{ id, name }] } });
      },
      setLaneHidden: async (id: string, hidden: boolean) => {
        const before = laneOf(id);
        if (!before || before.hidden === hidden) return true;
        return run('lane.update', { id, hidden }, { lane: { merge: [{ id, hidden }] } });
      },
      moveLane: async (id: string, index: number) => {
        const m = current();
        const before = m?.lanes.find((l) => l.id === id);
        if (!m || !before || before.position === index) return true;
        return run('lane.move', { id, index }, { lane: { merge: renumber(m.lanes, id, index) } });
      },
      deleteLane: async (id: string) => (laneOf(id) ? run('lane.delete', { id }, { lane: { remove: [id] } }) : false),

      createItem: (input: OpInput<'item.create'>) => created('item.create', input),
      updateItem: async (id: string, patch: ItemPatch) => {
        if (!itemOf(id)) return false;
        // Shown at once: typing on a projector must not wait for the disk.
        const shown = { ...patch, ...(patch.owner !== undefined && { owner: patch.owner || null }) };
        return run('item.update', { id, ...patch }, { item: { merge: [{ id, ...shown }] } });
      },
      moveItem: async (id: string, to: ItemTarget) => {
        const m = current();
        const before = m?.items.find((i) => i.id === id);
        if (!m || !before) return false;
        const place = m.items.filter((i) => i.stageId === before.stageId && i.laneId === before.laneId && i.position < before.position).length;
        if (before.stageId === to.stageId && before.laneId === to.laneId && place === to.index) return true;
        // A drop paints at once, numbered as the core will number it.
        const moved = moveItemLocally(m, id, to).items.filter((i, n) => i !== m.items[n]);
        const merge = moved.map(({ id: mid, stageId, laneId, position }) => ({ id: mid, stageId, laneId, position }));
        return run('item.move', { id, ...to }, { item: { merge } });
      },
      deleteItem: async (id: string) => (itemOf(id) ? run('item.delete', { id }, { item: { remove: [id] } }) : false),

      setEmotion: async (stageId: string, personaId: string, score: number | null, note?: string) => {
        const m = current();
        if (!m || !m.stages.some((s) => s.id === stageId)) return false;
        const before = m.emotions.find((e) => e.stageId === stageId && e.personaId === personaId);
        const id = emotionId(stageId, personaId);
        const shown: OptimisticPatch =
          score === null
            ? { emotion: { remove: [id] } }
            : { emotion: { put: [{ id, mapId, stageId, personaId, score, note: note ?? before?.note ?? '' }] } };
        // The core coalesces a slider's run of presses into one undo step; nothing to group here.
        return run('emotion.set', { stageId, personaId, score, ...(note !== undefined && score !== null ? { note } : {}) }, shown);
      },

      cite: async (itemId: string, highlightId: string) => {
        const before = itemOf(itemId);
        if (!before) return false;
        const highlightIds = before.highlightIds.includes(highlightId) ? before.highlightIds : [...before.highlightIds, highlightId];
        return run('evidence.link', { itemId, highlightId }, { item: { merge: [{ id: itemId, highlightIds }] } });
      },
      uncite: async (itemId: string, highlightId: string) => {
        const before = itemOf(itemId);
        if (!before) return false;
        const highlightIds = before.highlightIds.filter((h) => h !== highlightId);
        return run('evidence.unlink', { itemId, highlightId }, { item: { merge: [{ id: itemId, highlightIds }] } });
      },
    };
  }, [mutate, mapId]);

  return {
    map,
    cells,
    loadError: error ? errorText(error, t) : null,
    /** Read, but no longer there: another window deleted the map. */
    gone: loaded && !map,
    edits,
  };
}

export type JourneyEdits = ReturnType<typeof useJourneyMap>['edits'];
