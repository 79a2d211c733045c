import { useCollection } from '../../data/useEntities';
import type { Persona } from '../../../shared/schema/persona';

/** The project's personas, from the client store: maps only show and pick them, the personas panel edits them. */
export function usePersonaList(): Persona[] {
  return useCollection('persona').rows;
}
