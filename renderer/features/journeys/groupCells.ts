import type { JourneyItem } from '../../../shared/schema/journey';

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

export type Cells = ReadonlyMap<string, JourneyItem[]>;

const sameList = (a: readonly JourneyItem[], b: readonly JourneyItem[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The notes of every cell in order. A cell whose notes are all the same objects as before keeps
 * its previous array, which is what lets a memoised cell skip rendering.
 */
export function groupCells(items: readonly JourneyItem[], prev: Cells | null): Map<string, JourneyItem[]> {
  const cells = new Map<string, JourneyItem[]>();
  for (const item of items) {
    const key = cellKey(item.stageId, item.laneId);
    const list = cells.get(key);
    if (list) list.push(item);
    else cells.set(key, [item]);
  }
  for (const [key, list] of cells) {
    list.sort((a, b) => a.position - b.position);
    const before = prev?.get(key);
    if (before && sameList(before, list)) cells.set(key, before);
  }
  return cells;
}

/** A grouping that remembers the cells it made last, for one view. */
export function createCellGrouper(): (items: readonly JourneyItem[]) => Map<string, JourneyItem[]> {
  let prev: Cells | null = null;
  return (items) => {
    const cells = groupCells(items, prev);
    prev = cells;
    return cells;
  };
}
