import { describe, expect, it } from 'vitest';
import { fitOrder, moveId, placeId } from '../../renderer/features/personas/reorderIds';

describe('reorder helpers', () => {
  it('moves within bounds and refuses a move past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', -5)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveId(['a'], 'x', 1)).toBeNull();
  });

  it('places before or after a drop target', () => {
    expect(placeId(['a', 'b', 'c'], 'c', 'a', 'before')).toEqual(['c', 'a', 'b']);
    expect(placeId(['a', 'b', 'c'], 'a', 'c', 'after')).toEqual(['b', 'c', 'a']);
    expect(placeId(['a', 'b', 'c'], 'a', 'b', 'before')).toBeNull();
  });

  it('fits a recorded order onto the personas that exist now', () => {
    expect(fitOrder(['c', 'gone', 'a'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  });
});
