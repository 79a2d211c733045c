import type { Database } from 'better-sqlite3';
import { cachedStatement } from './cachedStatement';

/** `ids` with `id` put at `index`; no index, or one past the end, means the end. */
export function placeAt(ids: readonly string[], id: string, index: number | undefined): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(index === undefined ? rest.length : Math.min(index, rest.length), 0, id);
  return rest;
}

export type OrderedTable = 'journey_stages' | 'journey_lanes' | 'journey_items';

/**
 * Positions become exactly 0..n-1 in the given order, so an order is never ambiguous; rows already
 * in place are not written.
 */
export function writePositions(db: Database, table: OrderedTable, ids: readonly string[]): void {
  const set = cachedStatement(db, `UPDATE ${table} SET position = ? WHERE id = ? AND position <> ?`);
  ids.forEach((id, i) => set.run(i, id, i));
}
