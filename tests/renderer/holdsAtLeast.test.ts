import { describe, expect, it } from 'vitest';
import { holdsAtLeast } from '../../renderer/transport/holdsAtLeast';

describe('holdsAtLeast', () => {
  it('counts the strings anywhere in the input, and nothing else', () => {
    const note = { id: 'a', notes: 'x'.repeat(10), tags: [{ name: 'yy' }, 3, null, true] };
    expect(holdsAtLeast(note, 13)).toBe(true);
    expect(holdsAtLeast(note, 14)).toBe(false);
    expect(holdsAtLeast(undefined, 1)).toBe(false);
    expect(holdsAtLeast('abc', 3)).toBe(true);
  });

});
