import type { JourneyItem, JourneyMap } from '../../../shared/schema/journey';

const sameItem = (a: JourneyItem, b: JourneyItem) =>
  a.text === b.text &&
  a.colour === b.colour &&
  a.owner === b.owner &&
  a.position === b.position &&
  a.stageId === b.stageId &&
  a.laneId === b.laneId &&
  a.channelId === b.channelId &&
  a.updatedAt === b.updatedAt &&
  JSON.stringify(a.kpi) === JSON.stringify(b.kpi) &&
  a.highlightIds.join() === b.highlightIds.join();

/**
 * Keeps the previous object of every unchanged note, so memoised cells and notes skip rendering
 * when the core answers one small change with the whole map.
 */
export function reuseMap(prev: JourneyMap | null, next: JourneyMap): JourneyMap {
  if (!prev || prev.id !== next.id) return next;
  const old = new Map(prev.items.map((i) => [i.id, i]));
  const items = next.items.map((item) => {
    const before = old.get(item.id);
    return before && sameItem(before, item) ? before : item;
  });
  return { ...next, items };
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

const sameList = (a: readonly JourneyItem[], b: readonly JourneyItem[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The notes of every cell in order. A cell whose notes are all the same objects as before keeps
 * its previous array, which is what lets a memoised cell skip rendering.
 */
export function groupCells(items: readonly JourneyItem[], prev: ReadonlyMap<string, JourneyItem[]> | null): Map<string, JourneyItem[]> {
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
