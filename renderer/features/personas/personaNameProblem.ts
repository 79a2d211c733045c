import { hasControlChars } from '../../app/hasControlChars';

export type PersonaNameProblem = 'empty' | 'tooLong' | 'controlChars';

export const PERSONA_NAME_MAX = 200;

/** Mirrors the core's Name schema so the user hears about a bad name before a round trip. */
export function personaNameProblem(raw: string): PersonaNameProblem | null {
  const name = raw.trim();
  if (!name) return 'empty';
  if (name.length > PERSONA_NAME_MAX) return 'tooLong';
  if (hasControlChars(name)) return 'controlChars';
  return null;
}

export const personaProblemKey = {
  empty: 'persona.nameEmpty',
  tooLong: 'persona.nameTooLong',
  controlChars: 'persona.nameControlChars',
} as const satisfies Record<PersonaNameProblem, string>;
