import type { JourneyMessageKey } from './journeyMessages';

/** Mirrors the core's Name and Goal schemas so the user hears about a problem before a round trip. */
export function mapNameProblem(name: string): JourneyMessageKey | null {
  const trimmed = name.trim();
  if (!trimmed) return 'journey.nameRequired';
  if (trimmed.length > 200) return 'journey.nameTooLong';
  return null;
}

export function goalProblem(goal: string): JourneyMessageKey | null {
  return goal.trim().length > 1000 ? 'journey.goalTooLong' : null;
}
