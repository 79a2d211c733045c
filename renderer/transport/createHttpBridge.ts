import type { StudioBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { apiHeaders } from './apiHeaders';
import { createStreamListeners } from './createStreamListeners';
import { holdsAtLeast } from './holdsAtLeast';

/** Chromium refuses keepalive requests whose bodies together exceed 64 KiB. */
const KEEPALIVE_MAX_BYTES = 60 * 1024;

export interface HttpStudioBridge extends StudioBridge {
  /**
   * A request that outlives the page (sent while the tab closes). Bodies too large for keepalive
   * go as a normal request, which the browser may still deliver before it tears the page down.
   */
  invokeKeepalive(op: string, input: unknown, clientId?: string): Promise<Result<unknown>>;
  /**
   * Sends every later request from a worker, whatever its size. For a page about to write often
   * while someone types (a note's autosave): a fetch() from the page costs its thread 1–4 ms.
   */
  startSendWorker(): void;
}

/**
 * Inputs from this size on (a long note's save) are turned into JSON and sent by a worker: escaping
 * a megabyte of note text costs the page several milliseconds, which would land on a keystroke.
 * Once that worker runs, it sends the small requests too: a fetch() costs the calling thread
 * 1–4 ms in Chromium, and on the page's thread each autosave of a long note would pay it on a key.
 */
const WORKER_MIN_CHARS = 16 * 1024;

type Answer = { status: number; text: string | null };

interface WorkerSender {
  (url: string, token: string, input: unknown, clientId: string | undefined): Promise<Answer>;
  /** Whether the worker has been started and has not failed. */
  running(): boolean;
  /** Starts the worker now, if it is not running yet, so that requests from here on leave the page's thread. */
  start(): void;
}

/**
 * One worker for the tab, started on the first large request or when the page asks for it. It
 * answers status -1 when it could not send (no worker could be started, or it failed to load),
 * and the page sends the request itself.
 */
function workerSender(): WorkerSender {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./sendWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    let ready = false;
    worker.onmessage = (event: MessageEvent<(Answer & { id: number }) | { ready: true }>) => {
      if ('ready' in event.data) {
        ready = true;
        return;
      }
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      // A worker that never ran sent nothing, so its requests are sent again from the page. One that
      // ran may have sent them: sending again could write twice, so they are answered as unreachable.
      for (const resolve of waiting.values()) resolve({ status: ready ? 0 : -1, text: null });
      waiting.clear();
    };
    return worker;
  };
  const send = (url: string, token: string, input: unknown, clientId: string | undefined): Promise<Answer> => {
    const started = start();
    if (!started || broken) return Promise.resolve({ status: -1, text: null });
    const id = next++;
    try {
      started.postMessage({ id, url, token, input, clientId });
    } catch {
      // An input the structured clone refuses is sent by the page, which reports what is wrong with it.
      return Promise.resolve({ status: -1, text: null });
    }
    return new Promise<Answer>((resolve) => waiting.set(id, resolve));
  };
  return Object.assign(send, { running: () => worker !== null && !broken, start: () => void start() });
}

/**
 * The browser studio speaks the same Result protocol as the preload bridge, over loopback HTTP, and
 * hears the core's events over one Server-Sent Events stream (GET /events) shared by its tabs.
 */
export function createHttpBridge(token: string, options: { onRefused?: () => void } = {}): HttpStudioBridge {
  const viaWorker = typeof Worker === 'function' ? workerSender() : null;
  // A token refused on the stream is as stale as one refused on /api; the app says so at once.
  const events = createStreamListeners({ url: '/events', token, ...(options.onRefused ? { onRefused: options.onRefused } : {}) });

  const fromPage = async (url: string, body: string, keepalive: boolean, clientId: string | undefined): Promise<Answer> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: apiHeaders(token, clientId),
        body,
        cache: 'no-store',
        credentials: 'omit',
        keepalive: keepalive && new Blob([body]).size <= KEEPALIVE_MAX_BYTES,
      });
    } catch {
      return { status: 0, text: null };
    }
    return { status: response.status, text: await response.text().catch(() => null) };
  };

  const send = async (op: string, input: unknown, keepalive: boolean, clientId: string | undefined): Promise<Result<unknown>> => {
    const url = `/api/${encodeURIComponent(op)}`;
    // A request sent while the page closes must leave from the page: a worker goes down with it.
    const byWorker = !keepalive && viaWorker && (viaWorker.running() || holdsAtLeast(input, WORKER_MIN_CHARS));
    let answer = byWorker ? await viaWorker(url, token, input ?? {}, clientId) : null;
    if (!answer || answer.status === -1) answer = await fromPage(url, JSON.stringify(input ?? {}), keepalive, clientId);
    const { status, text } = answer;
    if (status === 0) {
      return failure('unreachable', 'The studio host is not reachable. Is `npm run web` still running?');
    }
    if (status === 401 || status === 403) {
      return failure('unauthorized', 'The studio link is no longer valid.');
    }
    let parsed: unknown;
    try {
      parsed = text === null ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!isResult(parsed)) return failure('internal', `Unexpected answer from the studio host (HTTP ${status}).`);
    return parsed;
  };
  return {
    host: 'browser',
    invoke: (op, input, clientId) => send(op, input, false, clientId),
    invokeKeepalive: (op, input, clientId) => send(op, input, true, clientId),
    startSendWorker: () => viaWorker?.start(),
    on: events.on,
  };
}

function failure(code: string, message: string): Result<unknown> {
  return { ok: false, error: { code, message } } as Result<unknown>;
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; error?: unknown };
  if (b.ok === true) return 'value' in body;
  if (b.ok !== false || typeof b.error !== 'object' || b.error === null) return false;
  const e = b.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}
