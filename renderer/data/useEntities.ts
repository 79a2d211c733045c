/*
 * Reading the store from React (every result is stable: the same array until its rows change):
 *   useEntities('persona')                     all rows of a type, in their natural order
 *   useEntities('item', { mapId })             rows whose fields equal the filter's
 *   useEntity('interview', id)                 one row, or undefined
 *   useEntityFields('interview', id, fields)   those fields of one row: its other fields change unseen
 *   useCollection('tag')                       { rows, loaded, error } and reads the list once
 *   useCollectionStatus('tag')                 { loaded, error } alone: a change to the rows does not render
 *   useLoad(key, types, fetch, put)            the same for any other query (a map: journey.get)
 *   useEntityRows / useStudio(selector)        lower level: the raw table / any slice
 * Natural order (selectRows.ts): by `position` where rows have one, interviews newest first, others by id.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Entities, EntityType } from '../../shared/live/changeSet';
import type { EntityTables } from './applyChanges';
import { selectRows, type EntityFilter } from './selectRows';
import { studio } from './studio';
import type { CollectionType, StudioState } from './studioStore';

export { selectRows, type EntityFilter } from './selectRows';

export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studio.store, selector);
}

export function useEntityRows<K extends EntityType>(type: K): EntityTables[K] {
  return useStore(studio.store, (s) => s.entities[type]);
}

export function useEntity<K extends EntityType>(type: K, id: string | null | undefined): Entities[K] | undefined {
  return useStore(studio.store, (s) => (id ? (s.entities[type][id] as Entities[K] | undefined) : undefined));
}

/** Field values compared as a screen sees them: a list of ids that came again in a new array is the same list. */
const sameField = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i])));

/**
 * Some fields of one row, the same object while they stay equal. A note's row changes its word
 * count and date with every save while it is typed: a screen that shows neither is not rendered again.
 */
export function useEntityFields<K extends EntityType, F extends keyof Entities[K]>(type: K, id: string | null | undefined, fields: readonly F[]): Pick<Entities[K], F> | undefined {
  const last = useRef<Pick<Entities[K], F> | undefined>(undefined);
  return useStore(studio.store, (s) => {
    const row = id ? (s.entities[type][id] as Entities[K] | undefined) : undefined;
    const prev = last.current;
    if (!row) return (last.current = undefined);
    if (prev && fields.every((field) => sameField(prev[field], row[field]))) return prev;
    const picked = {} as Pick<Entities[K], F>;
    for (const field of fields) picked[field] = row[field];
    return (last.current = picked);
  });
}

export function useEntities<K extends EntityType>(type: K, filter?: EntityFilter<K>): Entities[K][] {
  const table = useEntityRows(type);
  // The filter is compared by value, so an object literal written in the render does not defeat the memo.
  const key = filter ? JSON.stringify(filter) : '';
  return useMemo(() => selectRows(type, table, key ? (JSON.parse(key) as EntityFilter<K>) : undefined), [type, table, key]);
}

export interface Collection<T> {
  rows: T[];
  loaded: boolean;
  error: unknown;
}

/** Reads a query when nothing holds it (first use, another project, a refusal retried by `retry`). */
export function useLoad(key: string | null, start: () => Promise<void>): { loaded: boolean; error: unknown } {
  const status = useStore(studio.store, (s) => (key ? s.loads[key] : undefined));
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    if (key && status === undefined) void startRef.current();
  }, [key, status]);
  return { loaded: status?.state === 'loaded', error: status?.state === 'failed' ? status.error : null };
}

/** Whether a collection is read, and reads it once, for a caller that does not render its rows. */
export const useCollectionStatus = (type: CollectionType) => useLoad(type, () => studio.loadCollection(type));

export function useCollection<K extends CollectionType>(type: K, filter?: EntityFilter<K>): Collection<Entities[K]> {
  const { loaded, error } = useCollectionStatus(type);
  const rows = useEntities(type, filter);
  return { rows, loaded, error };
}
