/** Distinct on a projector and for colour-blind viewers (Okabe–Ito); readable as a highlight's tint in both themes. */
export const TAG_PALETTE = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999'] as const;

/**
 * The colour for a new tag: the first of the palette no tag has, so a tag made after a merge or a
 * delete does not repeat a colour still on the board; once all are taken, the one fewest tags have.
 */
export function nextTagColour(inUse: readonly string[]): string {
  const counts = new Map<string, number>(TAG_PALETTE.map((colour) => [colour, 0]));
  for (const colour of inUse) {
    const key = colour.toLowerCase();
    const n = counts.get(key);
    if (n !== undefined) counts.set(key, n + 1);
  }
  let best: string = TAG_PALETTE[0];
  for (const colour of TAG_PALETTE) if (counts.get(colour)! < counts.get(best)!) best = colour;
  return best;
}
