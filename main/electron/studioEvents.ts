import type { WebContents } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/bridge';
import type { StudioEvent, StudioEventName, StudioEvents } from '../../shared/live/studioEvents';

type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * Sends one of the core's StudioEvents (shared/live/studioEvents.ts) to a renderer. A renderer that
 * loads later reads the same state through project.current and project.changesSince, so a lost
 * event costs nothing.
 */
export function sendStudioEvent<K extends StudioEventName>(
  contents: EventTarget | null | undefined,
  event: K,
  payload: StudioEvents[K],
): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(IPC_EVENT_CHANNEL, event, payload);
}

/**
 * Hands every event the core publishes to every open window: a change made in one window, by the
 * CLI or by the core itself shows in all of them. Returns the unsubscribe.
 */
export function broadcastStudioEvents(
  source: { subscribe(listener: (event: StudioEvent) => void): () => void },
  windows: () => readonly EventTarget[],
): () => void {
  return source.subscribe((event) => {
    for (const contents of windows()) {
      try {
        sendStudioEvent(contents, event.type, event.payload);
      } catch {
        // A window torn down between the check and the send must not keep the others from hearing.
      }
    }
  });
}
