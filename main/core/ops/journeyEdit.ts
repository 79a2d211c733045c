import type { JourneyEdit } from '../../../shared/schema/journey';

/**
 * What an edit inside a map answers: the id of what it changed, nothing read back. The rows go to
 * every client in the change set the core captures, so an answer costs the same on any map size.
 * The second argument is the write itself, evaluated before this is called.
 */
export const edited = (changedId: string, _written?: unknown): JourneyEdit => ({ changedId });
