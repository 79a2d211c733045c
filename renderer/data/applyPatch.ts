import type { Entities, EntityType } from '../../shared/live/changeSet';
import type { EntityTables } from './applyChanges';

/**
 * What a screen shows before the core has answered: rows put in whole (`put`), fields laid over a
 * row (`merge`, skipped when the row is not there), rows taken away (`remove`).
 */
export type OptimisticPatch = {
  [K in EntityType]?: {
    put?: Entities[K][];
    merge?: (Partial<Entities[K]> & { id: string })[];
    remove?: string[];
  };
};

export function applyPatch(tables: EntityTables, patch: OptimisticPatch): EntityTables {
  const next = { ...tables } as Record<EntityType, Record<string, { id: string }>>;
  for (const type of Object.keys(patch) as EntityType[]) {
    const change = patch[type] as { put?: { id: string }[]; merge?: { id: string }[]; remove?: string[] } | undefined;
    if (!change) continue;
    const table = { ...next[type] };
    for (const id of change.remove ?? []) delete table[id];
    for (const row of change.put ?? []) table[row.id] = row;
    for (const fields of change.merge ?? []) {
      const row = table[fields.id];
      if (row) table[fields.id] = { ...row, ...fields };
    }
    next[type] = table;
  }
  return next as unknown as EntityTables;
}
