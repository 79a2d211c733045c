import type { StudioEventName, StudioEvents } from './live/studioEvents';
import type { Result } from './result';

/** The one object the desktop preload exposes on `window.studio`; the browser studio implements it over HTTP. */
export interface StudioBridge {
  /** `clientId` names the window, so the core keeps its undo history apart from other windows'. */
  invoke(op: string, input: unknown, clientId?: string): Promise<Result<unknown>>;
  /** Events the core pushes to every client; the returned function stops listening. */
  on<K extends StudioEventName>(event: K, listener: (payload: StudioEvents[K]) => void): () => void;
  /** Which host the renderer runs in; decides e.g. native dialogs vs the in-app file browser. */
  readonly host: 'desktop' | 'browser';
}

export const IPC_INVOKE_CHANNEL = 'studio:invoke';
export const IPC_EVENT_CHANNEL = 'studio:event';
