import { useEffect, useRef, type RefObject } from 'react';
import type { ItemTarget } from './moveItemLocally';

interface DragState {
  id: string;
  note: HTMLElement;
  pointerId: number;
  startX: number;
  startY: number;
  ghost: HTMLElement | null;
  cell: HTMLElement | null;
  marker: HTMLElement | null;
  target: ItemTarget | null;
  bands: Bands | null;
}

interface Band {
  id: string;
  from: number;
  to: number;
}

/**
 * Where the stage columns and note rows lie, relative to the grid's top-left corner, measured
 * once per drag: rows cannot change height mid-drag (the markers are out of flow), so a move
 * finds its cell by arithmetic instead of hit-testing a document of hundreds of notes.
 */
interface Bands {
  columns: Band[];
  rows: Band[];
  laneHead: HTMLElement | null;
  stageHead: HTMLElement | null;
}

const bandAt = (bands: Band[], at: number) => bands.find((b) => at >= b.from && at < b.to);

function measureBands(grid: HTMLElement): Bands {
  const origin = grid.getBoundingClientRect();
  const stageHeads = [...grid.querySelectorAll<HTMLElement>('.journey-stage-head[data-stage-id]')];
  const laneHeads = [...grid.querySelectorAll<HTMLElement>('.journey-lane-head[data-lane-id]')];
  // Stage headers stick to the top only and lane headers to the left only, so each still marks
  // its column's horizontal span or its row's vertical one wherever the map is scrolled.
  const columns = stageHeads.map((h) => {
    const r = h.getBoundingClientRect();
    return { id: h.dataset.stageId ?? '', from: r.left - origin.left, to: r.right - origin.left };
  });
  const rows = laneHeads
    .filter((h) => h.dataset.laneKind !== 'emotions')
    .map((h) => {
      const r = h.getBoundingClientRect();
      return { id: h.dataset.laneId ?? '', from: r.top - origin.top, to: r.bottom - origin.top };
    });
  return { columns, rows, laneHead: laneHeads[0] ?? null, stageHead: stageHeads[0] ?? null };
}

const DRAG_THRESHOLD = 6;
const EDGE = 48;

/**
 * Dragging a note between cells without rendering React on each pointer move: the ghost is a
 * cloned node moved by a CSS transform, and the drop target is marked by toggling classes. React
 * only hears about the drop.
 */
export function useItemDrag(
  gridRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  onDrop: (id: string, target: ItemTarget) => void,
) {
  const dropRef = useRef(onDrop);
  useEffect(() => {
    dropRef.current = onDrop;
  }, [onDrop]);

  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let drag: DragState | null = null;
    let suppressClick = false;

    const clearMarks = (d: DragState) => {
      d.cell?.classList.remove('drop-target', 'drop-end');
      d.marker?.classList.remove('drop-before');
      d.cell = null;
      d.marker = null;
    };

    const end = (commit: boolean) => {
      const d = drag;
      drag = null;
      if (!d) return;
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey, true);
      if (!d.ghost) return;
      suppressClick = true;
      d.ghost.remove();
      d.note.classList.remove('dragging');
      clearMarks(d);
      document.body.classList.remove('journey-dragging');
      if (commit && d.target) dropRef.current(d.id, d.target);
    };

    const startGhost = (d: DragState): HTMLElement => {
      const rect = d.note.getBoundingClientRect();
      const ghost = d.note.cloneNode(true) as HTMLElement;
      ghost.classList.add('journey-ghost');
      ghost.removeAttribute('data-testid');
      ghost.removeAttribute('tabindex');
      ghost.setAttribute('aria-hidden', 'true');
      ghost.style.left = `${rect.left}px`;
      ghost.style.top = `${rect.top}px`;
      ghost.style.width = `${rect.width}px`;
      document.body.append(ghost);
      d.ghost = ghost;
      // Captured, the moves go straight to the note: the browser skips hit-testing the whole map for
      // every event, and the notes passed over neither take :hover nor mount their hover tools.
      try {
        d.note.setPointerCapture(d.pointerId);
      } catch {
        // A pointer that is already gone ends the drag through pointercancel.
      }
      d.note.classList.add('dragging');
      document.body.classList.add('journey-dragging');
      return ghost;
    };

    /** The note cell under the pointer, unless the sticky headers or the scroller's edge cover it. */
    const cellAt = (d: DragState, x: number, y: number): HTMLElement | null => {
      const { bands } = d;
      if (!bands) return null;
      const view = scrollRef.current?.getBoundingClientRect();
      if (view && (x < view.left || x >= view.right || y < view.top || y >= view.bottom)) return null;
      if (bands.laneHead && x < bands.laneHead.getBoundingClientRect().right) return null;
      if (bands.stageHead && y < bands.stageHead.getBoundingClientRect().bottom) return null;
      const origin = grid.getBoundingClientRect();
      const column = bandAt(bands.columns, x - origin.left);
      const row = bandAt(bands.rows, y - origin.top);
      if (!column || !row) return null;
      const key = `${column.id}|${row.id}`;
      if (d.cell?.dataset.cell === key) return d.cell;
      return grid.querySelector<HTMLElement>(`.journey-cell[data-cell="${CSS.escape(key)}"]`);
    };

    const track = (d: DragState, e: PointerEvent) => {
      const cell = cellAt(d, e.clientX, e.clientY);
      if (!cell) {
        clearMarks(d);
        d.target = null;
        return;
      }
      const notes = [...cell.querySelectorAll<HTMLElement>(':scope > .journey-notes > .journey-note')].filter((n) => n !== d.note);
      let index = notes.findIndex((n) => {
        const r = n.getBoundingClientRect();
        return e.clientY < r.top + r.height / 2;
      });
      if (index < 0) index = notes.length;
      const marker = notes[index] ?? null;
      if (cell !== d.cell || marker !== d.marker) {
        clearMarks(d);
        d.cell = cell;
        d.marker = marker;
        cell.classList.add('drop-target');
        if (marker) marker.classList.add('drop-before');
        else cell.classList.add('drop-end');
      }
      const [stageId, laneId] = (cell.dataset.cell ?? '').split('|');
      d.target = stageId && laneId ? { stageId, laneId, index } : null;
    };

    /** Layout is read first and written last, so a move costs one style pass rather than a forced layout. */
    const onMove = (e: PointerEvent) => {
      const d = drag;
      if (!d || e.pointerId !== d.pointerId) return;
      const dx = e.clientX - d.startX;
      const dy = e.clientY - d.startY;
      if (!d.ghost && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      const scroller = scrollRef.current;
      const r = scroller?.getBoundingClientRect();
      d.bands ??= measureBands(grid);
      const ghost = d.ghost ?? startGhost(d);
      track(d, e);
      ghost.style.transform = `translate3d(${dx}px, ${dy}px, 0) rotate(2deg)`;
      if (scroller && r) {
        const sx = e.clientX < r.left + EDGE ? -20 : e.clientX > r.right - EDGE ? 20 : 0;
        const sy = e.clientY < r.top + EDGE ? -20 : e.clientY > r.bottom - EDGE ? 20 : 0;
        if (sx || sy) scroller.scrollBy(sx, sy);
      }
    };

    const onUp = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) end(true);
    };
    const onCancel = () => end(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        end(false);
      }
    };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || drag) return;
      const target = e.target as HTMLElement;
      if (target.closest('button, textarea, input, select, a')) return;
      const note = target.closest<HTMLElement>('.journey-note');
      const id = note?.dataset.itemId;
      if (!note || !id) return;
      drag = { id, note, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, ghost: null, cell: null, marker: null, target: null, bands: null };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
    };

    const onClick = (e: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    };

    grid.addEventListener('pointerdown', onDown);
    grid.addEventListener('click', onClick, true);
    return () => {
      end(false);
      grid.removeEventListener('pointerdown', onDown);
      grid.removeEventListener('click', onClick, true);
    };
  }, [gridRef, scrollRef]);
}
