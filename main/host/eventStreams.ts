import type { ServerResponse } from 'node:http';
import type { StudioEvent } from '../../shared/live/studioEvents';
import { SECURITY_HEADERS } from './serveStatic';

/** What the streams listen to: the dispatcher's subscribe. */
export interface StudioEventSource {
  subscribe(listener: (event: StudioEvent) => void): () => void;
}

export interface EventStreamOptions {
  /** Tabs are few; a cap keeps a runaway or hostile local client from holding sockets without end. */
  maxStreams?: number;
  /** A comment line this often keeps proxies and idle timers from closing a quiet stream. */
  heartbeatMs?: number;
  /**
   * A client that reads slower than the core changes things is dropped rather than buffered without
   * end: it reconnects and asks project.changesSince for what it missed.
   */
  maxBufferedBytes?: number;
}

export interface EventStreams {
  /** Starts a stream on `res`; false when the cap is reached (nothing is written then). */
  open(res: ServerResponse): boolean;
  /** How many streams are open now. */
  count(): number;
  /** Ends every stream; no new one is accepted afterwards. */
  closeAll(): void;
}

export const DEFAULT_MAX_STREAMS = 32;
export const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** One Server-Sent Event; JSON never holds a raw line break, so `data` is one line. */
export const formatEvent = (event: StudioEvent): string => `event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;

/**
 * The browser studio's push channel: every event the core publishes, written to every open stream as
 * Server-Sent Events. Each stream holds its own subscription, released when its socket closes.
 */
export function createEventStreams(source: StudioEventSource, options: EventStreamOptions = {}): EventStreams {
  const maxStreams = options.maxStreams ?? DEFAULT_MAX_STREAMS;
  const maxBuffered = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const open = new Map<ServerResponse, () => void>();
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  const release = (res: ServerResponse) => {
    const unsubscribe = open.get(res);
    if (!unsubscribe) return;
    open.delete(res);
    unsubscribe();
    if (open.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  };

  const write = (res: ServerResponse, text: string) => {
    if (res.writableEnded || res.destroyed) return release(res);
    res.write(text);
    if (res.writableLength > maxBuffered) {
      release(res);
      res.destroy();
    }
  };

  return {
    open(res) {
      if (closed || open.size >= maxStreams) return false;
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // Sends the headers now, so the client knows the stream is open before the first event.
      res.write(': open\n\n');
      const unsubscribe = source.subscribe((event) => {
        try {
          write(res, formatEvent(event));
        } catch {
          // A payload that cannot be written ends this stream only; the client catches up on reconnect.
          release(res);
          res.destroy();
        }
      });
      open.set(res, unsubscribe);
      res.on('close', () => release(res));
      heartbeat ??= setInterval(() => {
        for (const stream of [...open.keys()]) write(stream, ': ping\n\n');
      }, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
      heartbeat.unref();
      return true;
    },
    count: () => open.size,
    closeAll() {
      closed = true;
      for (const res of [...open.keys()]) {
        release(res);
        res.end();
      }
    },
  };
}
