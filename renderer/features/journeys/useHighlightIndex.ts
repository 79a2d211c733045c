import { useMemo } from 'react';
import type { Highlight } from '../../../shared/schema/evidence';
import { useCollection } from '../../data/useEntities';

/** Every highlight of the project by id, from the client store: quotes on notes and citing new ones. */
export function useHighlightIndex(): ReadonlyMap<string, Highlight> {
  const { rows } = useCollection('highlight');
  return useMemo(() => new Map(rows.map((h) => [h.id, h])), [rows]);
}
