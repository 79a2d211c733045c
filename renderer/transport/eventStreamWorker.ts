import { relayEventStream } from './relayEventStream';

/**
 * Holds the studio's event stream for the tab that won the lock, off that tab's thread: the tab is
 * often the one that just wrote and is busy drawing the answer, and reading the stream there held
 * other tabs' events back by up to 150 ms.
 */
interface Start {
  url: string;
  token: string;
  channel: string;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Start>) => void) | null; location: { href: string } };

scope.onmessage = (event) => {
  scope.onmessage = null;
  const { url, token, channel } = event.data;
  relayEventStream({ url: new URL(url, scope.location.href).href, token, channel: new BroadcastChannel(channel) });
};
