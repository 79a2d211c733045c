import { openEventStream, type EventStreamHandle, type EventStreamOptions } from './openEventStream';

/** What tabs of one studio tell each other about the one stream they share. */
type Relay =
  | { type: 'event'; name: string; data: string }
  | { type: 'open'; to?: string }
  | { type: 'hello'; from: string }
  | { type: 'refused' };

/** The part of the Web Locks API used here (navigator.locks). */
export interface TabLocks {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

export interface ShareDeps {
  locks: TabLocks;
  channel(name: string): BroadcastChannel;
  open(options: EventStreamOptions): EventStreamHandle;
}

const isRelay = (m: unknown): m is Relay => typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';

function browserDeps(): ShareDeps | null {
  const locks = (globalThis.navigator as { locks?: TabLocks } | undefined)?.locks;
  if (!locks || typeof BroadcastChannel !== 'function') return null;
  return { locks, channel: (name) => new BroadcastChannel(name), open: openEventStream };
}

/**
 * One event stream for all the tabs of a studio, not one per tab: a browser keeps at most six
 * HTTP/1.1 connections to a host, and six tabs each holding a stream would leave none for /api (a
 * seventh tab could not even load). The tab holding a Web Lock opens the stream and relays every
 * event over a BroadcastChannel; when it closes, its lock passes to another tab, which opens the
 * stream again, and every tab raises onOpen to catch up on what the gap lost. A tab raises onOpen
 * too when it joins a stream that is already open. Without Web Locks each tab opens its own.
 */
export function shareEventStream(options: EventStreamOptions, deps: ShareDeps | null = browserDeps()): EventStreamHandle {
  if (!deps) return openEventStream(options);
  // The token names the group: a tab left from an earlier launch of the host never joins this one.
  const name = `journey-studio.events:${options.token}`;
  const me = crypto.randomUUID();
  const channel = deps.channel(name);
  const waiting = new AbortController();
  let closed = false;
  let leading: EventStreamHandle | null = null;
  let streamOpen = false;
  let release: (() => void) | null = null;

  const post = (message: Relay) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel: this tab is leaving and the next holder of the lock takes over.
    }
  };

  const stop = () => {
    if (closed) return;
    closed = true;
    waiting.abort();
    leading?.close();
    leading = null;
    release?.();
    channel.close();
  };

  const refused = () => {
    stop();
    options.onRefused?.();
  };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const m = event.data;
    if (closed || !isRelay(m)) return;
    if (m.type === 'hello') {
      if (leading && streamOpen) post({ type: 'open', to: m.from });
    } else if (m.type === 'refused') refused();
    else if (leading) return;
    else if (m.type === 'event') options.onEvent({ name: m.name, data: m.data });
    else if (m.type === 'open' && (m.to === undefined || m.to === me)) options.onOpen();
  };
  post({ type: 'hello', from: me });

  deps.locks
    .request(name, { signal: waiting.signal }, () => {
      if (closed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        release = resolve;
        leading = deps.open({
          ...options,
          onOpen() {
            streamOpen = true;
            options.onOpen();
            post({ type: 'open' });
          },
          onEvent(event) {
            options.onEvent(event);
            post({ type: 'event', name: event.name, data: event.data });
          },
          onClose() {
            streamOpen = false;
            options.onClose?.();
          },
          onRefused() {
            post({ type: 'refused' });
            refused();
          },
        });
      });
    })
    // Aborted while waiting for the lock: this tab closed before its turn came.
    .catch(() => undefined);

  return { close: stop };
}
