import type { IpcRenderer } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type StudioBridge } from '../shared/bridge';
import type { StudioEventName, StudioEvents } from '../shared/live/studioEvents';
import type { Result } from '../shared/result';

type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
type Listener = (payload: unknown) => void;

/**
 * Builds the one object the page may see. Listeners get the payload only, never the IPC event
 * (whose `sender` is ipcRenderer itself), and the page cannot name a channel.
 */
export function createBridge(ipc: BridgeIpc): StudioBridge {
  const listeners = new Map<string, Set<Listener>>();
  // One IPC subscription for all page listeners, held only while someone listens.
  const relay = (_ipcEvent: unknown, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);

  return Object.freeze({
    host: 'desktop' as const,
    invoke: (op: string, input: unknown, clientId?: string): Promise<Result<unknown>> =>
      // Rejects only when the input cannot be cloned for IPC; the contract is a Result, not a throw.
      (ipc.invoke(IPC_INVOKE_CHANNEL, op, input, clientId) as Promise<Result<unknown>>).catch(() => ({
        ok: false as const,
        error: { code: 'invalid_input' as const, message: 'The request could not be sent to Journey Studio.' },
      })),
    on<K extends StudioEventName>(event: K, typed: (payload: StudioEvents[K]) => void): () => void {
      // The page may pass anything; payloads come from the main process, which sends only StudioEvents.
      const listener = typed as Listener;
      if (typeof event !== 'string' || typeof listener !== 'function') return () => undefined;
      if (count() === 0) ipc.on(IPC_EVENT_CHANNEL, relay);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // Wrapped so the same function subscribed twice is also unsubscribed twice, independently.
      const own: Listener = (payload) => listener(payload);
      set.add(own);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        set.delete(own);
        if (set.size === 0) listeners.delete(event);
        if (count() === 0) ipc.removeListener(IPC_EVENT_CHANNEL, relay);
      };
    },
  });
}
