import { createEventStreamParser, type StreamEvent } from './parseEventStream';

export interface EventStreamOptions {
  url: string;
  token: string;
  /** Each time the stream (re)opens: whatever was sent while it was down is lost. */
  onOpen(): void;
  onEvent(event: StreamEvent): void;
  /** An open stream went down; it reconnects on its own. */
  onClose?(): void;
  /** The host refused the token: retrying cannot help, so the stream stops. */
  onRefused?(): void;
  /** First wait before reconnecting, doubled on every failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * The host writes at least a comment every 15 s; a stream silent for this long is taken for dead
   * (a connection cut without a word, as after the computer slept) and opened again.
   */
  idleMs?: number;
}

export interface EventStreamHandle {
  close(): void;
}

export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 15_000;
export const IDLE_MS = 45_000;

/**
 * Reads the host's Server-Sent Events with fetch() and a stream reader (EventSource cannot send the
 * Authorization header) and keeps it open: after an error or an end it reconnects, waiting longer
 * after each failure and starting over once a stream opened.
 */
export function openEventStream(options: EventStreamOptions): EventStreamHandle {
  const base = options.baseDelayMs ?? BASE_DELAY_MS;
  const max = options.maxDelayMs ?? MAX_DELAY_MS;
  const idleMs = options.idleMs ?? IDLE_MS;
  let delay = base;
  let closed = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const retry = () => {
    if (closed) return;
    // Jitter spreads tabs that lost the host together, so they do not all knock at once.
    const wait = delay * (0.75 + Math.random() * 0.5);
    delay = Math.min(delay * 2, max);
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
  };

  const connect = async () => {
    if (closed) return;
    controller = new AbortController();
    const { signal } = controller;
    try {
      const response = await fetch(options.url, {
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${options.token}` },
        cache: 'no-store',
        credentials: 'omit',
        signal,
      });
      if (response.status === 401 || response.status === 403) {
        closed = true;
        options.onRefused?.();
        return;
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
        await response.body?.cancel().catch(() => undefined);
        return retry();
      }
      const reader = response.body.getReader();
      delay = base;
      options.onOpen();
      const parser = createEventStreamParser((event) => {
        if (!closed) options.onEvent(event);
      });
      let idle: ReturnType<typeof setTimeout> | null = null;
      const watch = () => {
        if (idle) clearTimeout(idle);
        idle = setTimeout(() => void reader.cancel().catch(() => undefined), idleMs);
      };
      try {
        for (;;) {
          watch();
          const { done, value } = await reader.read();
          if (done || closed) break;
          if (!parser.push(value)) {
            await reader.cancel().catch(() => undefined);
            break;
          }
        }
      } finally {
        if (idle) clearTimeout(idle);
        if (!closed) options.onClose?.();
      }
    } catch {
      // A network error or our own abort; either way the loop below decides.
    }
    if (!closed) retry();
  };

  void connect();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      controller?.abort();
    },
  };
}
