import type { JourneyMessageKey } from './journeyMessages';

export const NOTE_MAX = 500;

/** Mirrors the core's ItemText schema. */
export function noteTextProblem(text: string): JourneyMessageKey | null {
  const trimmed = text.trim();
  if (!trimmed) return 'journey.noteEmpty';
  if (trimmed.length > NOTE_MAX) return 'journey.noteTooLong';
  return null;
}
