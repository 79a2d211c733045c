import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n/translate';
import { operations, opNames } from '../../shared/operations';

describe('the undo buttons’ labels', () => {
  it('name every operation the core can undo, in both languages', () => {
    const undoable = opNames.filter((op) => operations[op].undoable);
    expect(undoable.length).toBeGreaterThan(10);
    for (const lang of ['en', 'pl'] as const) {
      const missing = undoable.filter((op) => !catalogues[lang][`history.op.${op}`]);
      expect(missing, lang).toEqual([]);
    }
  });
});
