import { openEventStream, type EventStreamHandle } from './openEventStream';

/** What the holder of a studio's one event stream tells every tab, and what a tab asks it. */
export type Relay =
  | { type: 'event'; name: string; data: string }
  | { type: 'open'; to?: string }
  | { type: 'hello'; from: string }
  | { type: 'refused' };

export const isRelay = (m: unknown): m is Relay => typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';

export interface RelayOptions {
  url: string;
  token: string;
  /** Posts to every tab's channel of the same name (a BroadcastChannel never hears its own posts). */
  channel: BroadcastChannel;
}

/**
 * Holds the studio's event stream and posts all it hears to the tabs: whether it opened, every
 * event, a refused token. A tab that joins later says hello and is told the stream is open.
 */
export function relayEventStream({ url, token, channel }: RelayOptions): EventStreamHandle {
  let streamOpen = false;
  const post = (message: Relay) => {
    try {
      channel.postMessage(message);
    } catch {
      // The channel closed: this holder is going away and the next one takes over.
    }
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const m = event.data;
    if (isRelay(m) && m.type === 'hello' && streamOpen) post({ type: 'open', to: m.from });
  };
  const stream = openEventStream({
    url,
    token,
    onOpen() {
      streamOpen = true;
      post({ type: 'open' });
    },
    onEvent: (e) => post({ type: 'event', name: e.name, data: e.data }),
    onClose() {
      streamOpen = false;
    },
    onRefused: () => post({ type: 'refused' }),
  });
  return {
    close() {
      stream.close();
      channel.close();
    },
  };
}
