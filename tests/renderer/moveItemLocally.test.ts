import { describe, expect, it } from 'vitest';
import type { JourneyItem, JourneyMap } from '../../shared/schema/journey';
import { moveItemLocally } from '../../renderer/features/journeys/moveItemLocally';

const item = (id: string, stageId: string, position: number): JourneyItem => ({
  id,
  stageId,
  laneId: 'l',
  text: id,
  colour: '#fff59d',
  owner: null,
  position,
  channelId: null,
  kpi: null,
  highlightIds: [],
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
});

const mapOf = (items: JourneyItem[]) => ({ items }) as unknown as JourneyMap;
const order = (map: JourneyMap, stageId: string) => map.items.filter((i) => i.stageId === stageId).sort((a, b) => a.position - b.position).map((i) => i.id);

describe('a drop shown before the core answers, numbered as the core numbers it', () => {
  it('changes only the moved note when there is room between its new neighbours', () => {
    const before = mapOf([item('a', 's1', 1024), item('b', 's1', 2048), item('c', 's2', 1024)]);
    const after = moveItemLocally(before, 'c', { stageId: 's1', laneId: 'l', index: 1 });
    expect(order(after, 's1')).toEqual(['a', 'c', 'b']);
    expect(after.items.filter((i, n) => i !== before.items[n]).map((i) => [i.id, i.position])).toEqual([['c', 1536]]);
  });

  it('spaces the cell out when no whole number is left, as the core does', () => {
    const before = mapOf([item('a', 's1', 0), item('b', 's1', 1), item('c', 's2', 1024)]);
    const after = moveItemLocally(before, 'c', { stageId: 's1', laneId: 'l', index: 1 });
    expect(after.items.filter((i) => i.stageId === 's1').map((i) => [i.id, i.position])).toEqual([
      ['a', 1024],
      ['b', 3072],
      ['c', 2048],
    ]);
  });
});
