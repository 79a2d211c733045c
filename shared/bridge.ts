import type { Result } from './result';

/** The one object the desktop preload exposes on `window.studio`; the browser studio implements it over HTTP. */
export interface StudioBridge {
  invoke(op: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Which host the renderer runs in; decides e.g. native dialogs vs the in-app file browser. */
  readonly host: 'desktop' | 'browser';
}

export const IPC_INVOKE_CHANNEL = 'studio:invoke';
export const IPC_EVENT_CHANNEL = 'studio:event';
