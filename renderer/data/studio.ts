/*
 * The window's one store, fed by everything the core says:
 *   - every answer that carries a change set (api.ts `onAnswerChanges`, before the caller resumes);
 *   - 'changes' events from every client, this one included (old revs are ignored);
 *   - 'stream.open' (the event stream (re)connected: ask what was missed);
 *   - 'project.changed' (another project, or none: everything is dropped).
 */
import type { ChangeSet } from '../../shared/live/changeSet';
import type { StudioEventName, StudioEvents } from '../../shared/live/studioEvents';
import * as api from '../api';
import { createStudioStore } from './studioStore';

export const studio = createStudioStore({ invoke: api.invoke });

type Api = typeof api & {
  onAnswerChanges?(listener: (cs: ChangeSet) => void): () => void;
};

/** Events by name, typed loosely: 'stream.open' is raised by the transport, not by the core. */
const on = (event: string, listener: (payload: unknown) => void) =>
  api.onStudioEvent(event as StudioEventName, listener as (payload: StudioEvents[StudioEventName]) => void);

let connected = false;

/** Starts listening; called once by the project view, before its first query. */
export function connectStudio(): void {
  if (connected) return;
  connected = true;
  (api as Api).onAnswerChanges?.((cs) => {
    studio.applyChangeSet(cs);
    // Only this window's own changes move its history.
    studio.refreshHistory();
  });
  on('changes', (cs) => studio.applyChangeSet(cs as ChangeSet));
  on('stream.open', () => void studio.catchUp());
  on('project.changed', () => studio.reset());
}
