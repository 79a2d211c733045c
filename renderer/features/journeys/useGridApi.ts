import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { JourneyItem, JourneyLane, JourneyMap, JourneyStage } from '../../../shared/schema/journey';
import { useToasts } from '../../app/toasts/ToastContext';
import type { GridApi } from './GridContext';
import { cellKey } from './groupCells';
import type { ItemTarget } from './moveItemLocally';
import type { JourneyEdits } from './useJourneyMap';
import { useJourneyT } from './useJourneyT';

const isPrintable = (e: KeyboardEvent) => e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ';
export const focusSelector = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

export interface GridState {
  map: JourneyMap;
  stages: JourneyStage[];
  lanes: JourneyLane[];
  noteLanes: JourneyLane[];
  cells: Map<string, JourneyItem[]>;
  edits: JourneyEdits;
  onDetails(id: string): void;
  /** A sticky note to focus as soon as it is drawn. */
  focusItemId: string | null;
}

/**
 * What cells and notes may ask of the grid, by keyboard and mouse: moving between cells, writing,
 * editing, moving and deleting notes, with the grid's state of it (the active cell, the note being
 * written or edited). The api object is stable; each call runs against the grid's latest state.
 */
export function useGridApi(grid: GridState) {
  const { map, stages, lanes, noteLanes, cells, edits } = grid;
  const jt = useJourneyT();
  const toasts = useToasts();
  const pendingFocus = useRef<string | null>(grid.focusItemId);
  /** The cell that keeps the grid's one tab stop. */
  const [active, setActive] = useState<string | null>(null);
  /** The cell a new note is being written in, and what is written so far. */
  const [composing, setComposing] = useState<{ key: string; text: string } | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  const focusCell = useCallback((stageId: string, laneId: string) => {
    const key = cellKey(stageId, laneId);
    setActive(key);
    document.querySelector<HTMLElement>(`[data-cell="${key}"]`)?.focus();
  }, []);

  const moveBy = useCallback(
    (item: JourneyItem, key: string) => {
      const si = stages.findIndex((s) => s.id === item.stageId);
      const li = noteLanes.findIndex((l) => l.id === item.laneId);
      const inCell = cells.get(cellKey(item.stageId, item.laneId)) ?? [];
      const pos = inCell.findIndex((i) => i.id === item.id);
      let to: ItemTarget | null = null;
      const countAt = (stageId: string, laneId: string) => (cells.get(cellKey(stageId, laneId)) ?? []).length;
      if (key === 'ArrowLeft' && si > 0) to = { stageId: stages[si - 1]!.id, laneId: item.laneId, index: countAt(stages[si - 1]!.id, item.laneId) };
      if (key === 'ArrowRight' && si < stages.length - 1) to = { stageId: stages[si + 1]!.id, laneId: item.laneId, index: countAt(stages[si + 1]!.id, item.laneId) };
      if (key === 'ArrowUp') {
        if (pos > 0) to = { stageId: item.stageId, laneId: item.laneId, index: pos - 1 };
        else if (li > 0) to = { stageId: item.stageId, laneId: noteLanes[li - 1]!.id, index: countAt(item.stageId, noteLanes[li - 1]!.id) };
      }
      if (key === 'ArrowDown') {
        if (pos < inCell.length - 1) to = { stageId: item.stageId, laneId: item.laneId, index: pos + 1 };
        else if (li >= 0 && li < noteLanes.length - 1) to = { stageId: item.stageId, laneId: noteLanes[li + 1]!.id, index: 0 };
      }
      if (!to) return;
      const target = to;
      pendingFocus.current = item.id;
      setActive(cellKey(target.stageId, target.laneId));
      void edits.moveItem(item.id, target).then((ok) => {
        if (!ok) return;
        const stage = stages.find((s) => s.id === target.stageId);
        const lane = noteLanes.find((l) => l.id === target.laneId);
        if (target.stageId === item.stageId && target.laneId === item.laneId) toasts.announce(jt('journey.movedWithin', { index: target.index + 1 }));
        else if (stage && lane) toasts.announce(jt('journey.moved', { stage: stage.name, lane: lane.name }));
      });
    },
    [stages, noteLanes, cells, edits, toasts, jt],
  );

  const impl = {
    onCellKeyDown(e: KeyboardEvent<HTMLElement>, stageId: string, laneId: string) {
      const isEmotion = lanes.find((l) => l.id === laneId)?.kind === 'emotions';
      if (!isEmotion && e.target !== e.currentTarget) return;
      const si = stages.findIndex((s) => s.id === stageId);
      const li = lanes.findIndex((l) => l.id === laneId);
      const go = (s: number, l: number) => {
        const stage = stages[s];
        const lane = lanes[l];
        if (!stage || !lane) return;
        e.preventDefault();
        focusCell(stage.id, lane.id);
      };
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowLeft') go(si - 1, li);
      else if (e.key === 'ArrowRight') go(si + 1, li);
      else if (e.key === 'ArrowUp' && !isEmotion) go(si, li - 1);
      else if (e.key === 'ArrowDown' && !isEmotion) go(si, li + 1);
      else if (e.key === 'Home') go(0, li);
      else if (e.key === 'End') go(stages.length - 1, li);
      else if (isEmotion) return;
      else if (e.key === 'Enter') {
        e.preventDefault();
        setComposing({ key: cellKey(stageId, laneId), text: '' });
      } else if (isPrintable(e)) {
        e.preventDefault();
        setComposing({ key: cellKey(stageId, laneId), text: e.key });
      }
    },
    onCellFocus(stageId: string, laneId: string) {
      setActive(cellKey(stageId, laneId));
    },
    openComposer(stageId: string, laneId: string, text: string) {
      setActive(cellKey(stageId, laneId));
      setComposing({ key: cellKey(stageId, laneId), text });
    },
    async submitNote(stageId: string, laneId: string, text: string) {
      return (await edits.createItem({ stageId, laneId, text })) !== null;
    },
    closeComposer(refocus: boolean) {
      const key = composing?.key;
      // Focus moves back at once: a deferred focus would land after the user already moved on.
      if (refocus && key) document.querySelector<HTMLElement>(`[data-cell="${key}"]`)?.focus();
      setComposing(null);
    },
    onNoteKeyDown(e: KeyboardEvent<HTMLElement>, item: JourneyItem) {
      if (e.target !== e.currentTarget) return;
      if (e.altKey && e.key.startsWith('Arrow')) {
        e.preventDefault();
        moveBy(item, e.key);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.currentTarget;
      switch (e.key) {
        case 'F2':
          setEditingId(item.id);
          break;
        case 'Enter':
          grid.onDetails(item.id);
          break;
        case 'Delete':
        case 'Backspace':
          void edits.deleteItem(item.id);
          focusCell(item.stageId, item.laneId);
          break;
        case 'Escape':
          focusCell(item.stageId, item.laneId);
          break;
        case 'ArrowUp':
          (el.previousElementSibling as HTMLElement | null)?.focus();
          break;
        case 'ArrowDown':
          (el.nextElementSibling as HTMLElement | null)?.focus();
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    startEdit(id: string) {
      setEditingId(id);
    },
    finishEdit(id: string, text: string | null) {
      setEditingId(null);
      pendingFocus.current = id;
      const item = map.items.find((i) => i.id === id);
      if (text !== null && item && text !== item.text) void edits.updateItem(id, { text });
      else focusSelector(`[data-item-id="${id}"]`);
    },
    openDetails(id: string) {
      grid.onDetails(id);
    },
    deleteItem(id: string) {
      void edits.deleteItem(id);
    },
  };
  const latest = useRef(impl);
  useLayoutEffect(() => {
    latest.current = impl;
  });

  const api = useMemo<GridApi>(
    () => ({
      lang: map.lang,
      pendingFocus,
      onCellKeyDown: (...a) => latest.current.onCellKeyDown(...a),
      onCellFocus: (...a) => latest.current.onCellFocus(...a),
      openComposer: (...a) => latest.current.openComposer(...a),
      submitNote: (...a) => latest.current.submitNote(...a),
      closeComposer: (...a) => latest.current.closeComposer(...a),
      onNoteKeyDown: (...a) => latest.current.onNoteKeyDown(...a),
      startEdit: (...a) => latest.current.startEdit(...a),
      finishEdit: (...a) => latest.current.finishEdit(...a),
      openDetails: (...a) => latest.current.openDetails(...a),
      deleteItem: (...a) => latest.current.deleteItem(...a),
    }),
    [map.lang],
  );

  return { api, active, composing, editingId };
}
