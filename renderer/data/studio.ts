/*
 * The window's one store, fed by everything the core says:
 *   - every answer that carries a change set (api.ts `onAnswerChanges`, before the caller resumes);
 *   - 'changes' events from every client, this one included (old revs are ignored);
 *   - 'stream.open' (the event stream (re)connected: ask what was missed);
 *   - 'project.changed' (another project, or none: everything is dropped).
 */
import { invoke, onAnswerChanges, onStudioEvent } from '../api';
import { createStudioStore } from './studioStore';

export const studio = createStudioStore({ invoke });

let connected = false;

/** Starts listening; called once by the shell, before the first query. */
export function connectStudio(): void {
  if (connected) return;
  connected = true;
  onAnswerChanges((cs) => {
    studio.applyChangeSet(cs);
    // Only this window's own changes move its history.
    studio.refreshHistory();
  });
  onStudioEvent('changes', (cs) => studio.applyChangeSet(cs));
  onStudioEvent('stream.open', () => void studio.catchUp());
  onStudioEvent('project.changed', () => studio.reset());
}
