import type { Entities, EntityType } from '../../shared/live/changeSet';
import type { EntityTables } from './applyChanges';

/** Rows whose fields equal these values (a map's items: `{ mapId }`). */
export type EntityFilter<K extends EntityType> = Partial<{ [F in keyof Entities[K]]: Entities[K][F] }>;

export function naturalOrder<K extends EntityType>(type: K): (a: Entities[K], b: Entities[K]) => number {
  if (type === 'interview') {
    // The interview typed today is the one looked for.
    return ((a: Entities['interview'], b: Entities['interview']) =>
      (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt) || a.id.localeCompare(b.id)) as never;
  }
  return (a, b) => {
    const pa = (a as { position?: number }).position;
    const pb = (b as { position?: number }).position;
    if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
    return a.id.localeCompare(b.id);
  };
}

/** The rows of `table` matching `filter`, in natural order. Pure, for tests and selectors. */
export function selectRows<K extends EntityType>(type: K, table: EntityTables[K], filter?: EntityFilter<K>): Entities[K][] {
  const entries = filter ? Object.entries(filter) : [];
  const rows = (Object.values(table) as Entities[K][]).filter((row) =>
    entries.every(([field, value]) => (row as Record<string, unknown>)[field] === value),
  );
  return rows.sort(naturalOrder(type));
}
