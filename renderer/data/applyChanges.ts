import { entityTypes, type ChangeSet, type Entities, type EntityType } from '../../shared/live/changeSet';

/** Every kind of row the client keeps, each by id. */
export type EntityTables = { [K in EntityType]: Readonly<Record<string, Entities[K]>> };

export const emptyTables = (): EntityTables =>
  Object.fromEntries(entityTypes.map((type) => [type, {}])) as unknown as EntityTables;

/**
 * Puts one change set's rows into the tables. A table the change set does not touch keeps its
 * object, and so does every untouched row, so readers that select a table or a row see the same
 * value and do not render again. `only` limits it to some types (a collection read anew).
 * Rows are whole, so putting in the same change set twice leaves the same rows.
 */
export function applyChanges(tables: EntityTables, changes: ChangeSet['changes'], only?: ReadonlySet<EntityType>): EntityTables {
  let next: EntityTables | null = null;
  for (const type of entityTypes) {
    const change = changes[type];
    if (!change || (only && !only.has(type))) continue;
    const table = applyTable(tables[type] as Record<string, { id: string }>, change as { added?: { id: string }[]; updated?: { id: string }[]; removed?: string[] });
    if (table === tables[type]) continue;
    next ??= { ...tables };
    (next as Record<EntityType, unknown>)[type] = table;
  }
  return next ?? tables;
}

function applyTable<T extends { id: string }>(
  table: Readonly<Record<string, T>>,
  change: { added?: T[]; updated?: T[]; removed?: string[] },
): Readonly<Record<string, T>> {
  const added = change.added ?? [];
  const updated = change.updated ?? [];
  const removed = change.removed ?? [];
  if (added.length === 0 && updated.length === 0 && !removed.some((id) => Object.hasOwn(table, id))) return table;
  const next: Record<string, T> = { ...table };
  // A soft-deleted row is `removed`; a restored one comes back as `added` with its stored values.
  for (const id of removed) delete next[id];
  for (const row of added) next[row.id] = row;
  for (const row of updated) next[row.id] = row;
  return next;
}

/** Replaces a whole table by the rows a query answered. */
export function replaceTable<K extends EntityType>(tables: EntityTables, type: K, rows: readonly Entities[K][]): EntityTables {
  const table: Record<string, Entities[K]> = {};
  for (const row of rows) table[row.id] = row;
  return { ...tables, [type]: table };
}

/** Replaces the rows of `type` for which `owns` holds (a map's stages) by the rows a query answered. */
export function replaceRows<K extends EntityType>(
  tables: EntityTables,
  type: K,
  owns: (row: Entities[K]) => boolean,
  rows: readonly Entities[K][],
): EntityTables {
  const table: Record<string, Entities[K]> = {};
  for (const [id, row] of Object.entries(tables[type] as Record<string, Entities[K]>)) if (!owns(row)) table[id] = row;
  for (const row of rows) table[row.id] = row;
  return { ...tables, [type]: table };
}
