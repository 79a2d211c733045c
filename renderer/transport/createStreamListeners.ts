import type { StudioBridge } from '../../shared/bridge';
import { studioEventNames, type StudioEventName } from '../../shared/live/studioEvents';
import type { EventStreamHandle, EventStreamOptions } from './openEventStream';
import { shareEventStream } from './shareEventStream';

type Listener = (payload: unknown) => void;

export interface StreamListenerOptions {
  url: string;
  token: string;
  /** The host refused the token: the stream stopped for good. */
  onRefused?: () => void;
  /** How the stream is opened: by default shared with the studio's other tabs. */
  open?: (options: EventStreamOptions) => EventStreamHandle;
}

const fromCore: ReadonlySet<string> = new Set(studioEventNames);

/**
 * The bridge's `on` over the host's event stream: the tab joins the stream (shared with the
 * studio's other tabs) on its first listener and leaves it when the last one goes. 'stream.open'
 * is raised here each time the stream (re)opens; the host cannot send it. A listener that throws
 * does not keep the others from hearing.
 */
export function createStreamListeners(options: StreamListenerOptions): Pick<StudioBridge, 'on'> {
  const open = options.open ?? ((o: EventStreamOptions) => shareEventStream(o));
  const listeners = new Map<string, Set<Listener>>();
  let stream: EventStreamHandle | null = null;
  let total = 0;

  const deliver = (name: string, payload: unknown) => {
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (e) {
        // Reported, not swallowed: a broken listener is a bug, but it must not cut the stream.
        if (typeof reportError === 'function') reportError(e);
      }
    }
  };

  const start = () =>
    open({
      url: options.url,
      token: options.token,
      onOpen: () => deliver('stream.open', {}),
      onRefused: () => {
        stream = null;
        options.onRefused?.();
      },
      onEvent: ({ name, data }) => {
        if (!fromCore.has(name) || !listeners.has(name)) return;
        let payload: unknown;
        try {
          payload = JSON.parse(data);
        } catch {
          return;
        }
        deliver(name, payload);
      },
    });

  return {
    on<K extends StudioEventName>(event: K, typed: (payload: never) => void): () => void {
      const listener = typed as Listener;
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // Wrapped so the same function subscribed twice is also unsubscribed twice, independently.
      const own: Listener = (payload) => listener(payload);
      set.add(own);
      total++;
      stream ??= start();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        set.delete(own);
        if (set.size === 0 && listeners.get(event) === set) listeners.delete(event);
        total--;
        if (total === 0) {
          stream?.close();
          stream = null;
        }
      };
    },
  } as Pick<StudioBridge, 'on'>;
}
