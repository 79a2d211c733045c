/** ł and Ł have no Unicode decomposition, so they are folded by hand on both sides of the index. */
export const foldPolish = (s: string) => s.replace(/ł/g, 'l').replace(/Ł/g, 'L');

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A search box's text as an FTS5 query: every word a prefix ("zrodl" finds "źródło"), "quoted
 * words" a phrase, all terms required. Only letters and digits reach FTS5, so no input can form
 * an operator or a syntax error. Returns null when there is nothing to search for.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const words = foldPolish(m[1] ?? m[2] ?? '').match(WORD) ?? [];
    if (m[1] !== undefined) {
      if (words.length) terms.push(`"${words.join(' ')}"`);
    } else {
      for (const w of words) terms.push(`"${w}"*`);
    }
  }
  return terms.length ? terms.join(' ') : null;
}
