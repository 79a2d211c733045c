import { openEventStream, type EventStreamHandle, type EventStreamOptions } from './openEventStream';
import { isRelay, relayEventStream, type Relay } from './relayEventStream';

/** The part of the Web Locks API used here (navigator.locks). */
export interface TabLocks {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

export interface ShareDeps {
  locks: TabLocks;
  channel(name: string): BroadcastChannel;
  /** Starts holding the stream for every tab, relaying on the channel of that name. */
  hold(options: { url: string; token: string; channel: string }): EventStreamHandle;
}

/** Holds the stream on this thread, relaying through a channel object of its own. */
export const holdHere = (channel: (name: string) => BroadcastChannel): ShareDeps['hold'] => (o) =>
  relayEventStream({ url: o.url, token: o.token, channel: channel(o.channel) });

/** Holds the stream in a worker, or on this thread when no worker can be started. */
function holdInWorker(o: { url: string; token: string; channel: string }): EventStreamHandle {
  const here = () => holdHere((name) => new BroadcastChannel(name))(o);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./eventStreamWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  let fallback: EventStreamHandle | null = null;
  worker.onerror = () => {
    worker.terminate();
    fallback ??= here();
  };
  worker.postMessage(o);
  return {
    close() {
      worker.terminate();
      fallback?.close();
    },
  };
}

function browserDeps(): ShareDeps | null {
  const locks = (globalThis.navigator as { locks?: TabLocks } | undefined)?.locks;
  if (!locks || typeof BroadcastChannel !== 'function') return null;
  return { locks, channel: (name) => new BroadcastChannel(name), hold: holdInWorker };
}

/**
 * One event stream for all the tabs of a studio, not one per tab: a browser keeps at most six
 * HTTP/1.1 connections to a host, and six tabs each holding a stream would leave none for /api (a
 * seventh tab could not even load). The tab holding a Web Lock holds the stream (in a worker) and
 * it is relayed to every tab over a BroadcastChannel; when that tab closes, its lock passes to
 * another tab, which opens the stream again, and every tab raises onOpen to catch up on what the
 * gap lost. A tab raises onOpen too when it joins a stream already open. Without Web Locks each
 * tab opens its own.
 */
export function shareEventStream(options: EventStreamOptions, deps: ShareDeps | null = browserDeps()): EventStreamHandle {
  if (!deps) return openEventStream(options);
  // The token names the group: a tab left from an earlier launch of the host never joins this one.
  const name = `journey-studio.events:${options.token}`;
  const me = crypto.randomUUID();
  const channel = deps.channel(name);
  const waiting = new AbortController();
  let closed = false;
  let holding: EventStreamHandle | null = null;
  let release: (() => void) | null = null;

  const stop = () => {
    if (closed) return;
    closed = true;
    waiting.abort();
    holding?.close();
    holding = null;
    release?.();
    channel.close();
  };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const m = event.data;
    if (closed || !isRelay(m)) return;
    if (m.type === 'event') options.onEvent({ name: m.name, data: m.data });
    else if (m.type === 'open' && (m.to === undefined || m.to === me)) options.onOpen();
    else if (m.type === 'refused') {
      stop();
      options.onRefused?.();
    }
  };
  channel.postMessage({ type: 'hello', from: me } satisfies Relay);

  deps.locks
    .request(name, { signal: waiting.signal }, () => {
      if (closed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        release = resolve;
        holding = deps.hold({ url: options.url, token: options.token, channel: name });
      });
    })
    // Aborted while waiting for the lock: this tab closed before its turn came.
    .catch(() => undefined);

  return { close: stop };
}
