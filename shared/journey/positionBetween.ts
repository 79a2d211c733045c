/** Room left between neighbouring notes of a cell, so putting a note between two writes only that note. */
export const CELL_GAP = 1024;

/**
 * A whole number strictly between the positions of a note's new neighbours (either may be missing:
 * the start or the end of the cell), or null when none is left and the cell must be spaced out again.
 * The core places notes with it; the map view uses it to show a drop before the core answers.
 */
export function positionBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return CELL_GAP;
  if (after === undefined) return before! + CELL_GAP;
  if (before === undefined) return after >= 2 ? Math.floor(after / 2) : null;
  return after - before >= 2 ? Math.floor((before + after) / 2) : null;
}
