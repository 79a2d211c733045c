import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../main/core/notes/countWords';

/** The definition the count must agree with. */
function byPattern(text: string): number {
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let words = 0;
  while (word.test(text)) words++;
  return words;
}

// Letters and digits of every kind the pattern knows (astral, Arabic-Indic, Roman, superscript),
// the three joiners, combining marks, emoji, and a lone surrogate.
const PIECES = ['a', 'Z', '5', 'ż', 'Ł', 'ó', '中', '٣', 'Ⅻ', '²', '𝒳', "'", '’', '-', ' ', '\n', '.', '—', '\u0301', '🙂', '\ud800', '\udc00'];

describe('counting words', () => {
  it('counts as a reader does: an apostrophe or hyphen between letters joins them', () => {
    expect(countWords("E-mail z 2026 r. — don't wait, klient’ka; 𝒳yz -- a--b 🙂")).toBe(10);
    expect(countWords("a-'b -x y- ''")).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords(' \n ')).toBe(0);
  });

  it('agrees with the pattern on any mix of letters, digits, joiners and symbols', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the pattern on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
