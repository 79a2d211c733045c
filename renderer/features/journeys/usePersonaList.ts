import { useEffect, useState } from 'react';
import type { Persona } from '../../../shared/schema/persona';
import { invoke } from '../../api';

/** The project's personas, read once: maps only show and pick them, the personas panel edits them. */
export function usePersonaList(): Persona[] {
  const [personas, setPersonas] = useState<Persona[]>([]);
  useEffect(() => {
    let live = true;
    invoke('persona.list', {}).then(
      (list) => live && setPersonas([...list].sort((a, b) => a.position - b.position)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return personas;
}
