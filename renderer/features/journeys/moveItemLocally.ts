import { CELL_GAP, positionBetween } from '../../../shared/journey/positionBetween';
import type { JourneyItem, JourneyMap } from '../../../shared/schema/journey';

export interface ItemTarget {
  stageId: string;
  laneId: string;
  /** Place among the target cell's other notes; past the end means the end. */
  index: number;
}

const inCell = (item: JourneyItem, stageId: string, laneId: string) => item.stageId === stageId && item.laneId === laneId;

/** The move as the core will make it (only the moved note changes), shown before the core answers so a drop feels immediate. */
export function moveItemLocally(map: JourneyMap, id: string, to: ItemTarget): JourneyMap {
  const moving = map.items.find((i) => i.id === id);
  if (!moving) return map;
  const target = map.items
    .filter((i) => i.id !== id && inCell(i, to.stageId, to.laneId))
    .sort((a, b) => a.position - b.position);
  const index = Math.min(Math.max(0, to.index), target.length);
  const position = positionBetween(target[index - 1]?.position, target[index]?.position);
  const next = new Map<string, JourneyItem>();
  if (position !== null) next.set(id, { ...moving, stageId: to.stageId, laneId: to.laneId, position });
  else {
    // No whole number left between the neighbours: the core spaces the cell out, and so does this.
    const placed = [...target.slice(0, index), { ...moving, stageId: to.stageId, laneId: to.laneId }, ...target.slice(index)];
    placed.forEach((item, n) => next.set(item.id, { ...item, position: (n + 1) * CELL_GAP }));
  }
  return { ...map, items: map.items.map((i) => next.get(i.id) ?? i) };
}
