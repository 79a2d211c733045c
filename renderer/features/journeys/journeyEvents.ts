import type { JourneyMap } from '../../../shared/schema/journey';

type Listener = (map: JourneyMap) => void;
const listeners = new Set<Listener>();

/**
 * Every answer of the core carries the whole map. Undo entries outlive the view that pushed them,
 * so they publish here and whichever view shows that map now picks the answer up.
 */
export function publishJourney(map: JourneyMap): void {
  listeners.forEach((listener) => listener(map));
}

export function subscribeJourney(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
