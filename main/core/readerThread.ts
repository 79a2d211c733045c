import type { Worker } from 'node:worker_threads';
import type { OpName } from '../../shared/operations';
import type { Result } from '../../shared/result';
import { startWorker } from './startWorker';
import type { ReaderRequest, ReaderResponse, WorkerInit } from './workerProtocol';

export interface ReaderThread {
  /** The answer, or null when the reader cannot give one and the writer must. */
  ask(op: OpName, input: unknown): Promise<Result<unknown> | null>;
  /** The project the writer now has open (null: none); later queries read from it. */
  follow(path: string | null): void;
  /** Resolves once the thread has loaded and has a project to read. */
  whenReady(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The reading thread beside the writer, started with the first project. Messages to it keep their
 * order, so a query sent after the writer announced a project is read from that project.
 * ask() before the thread says it is ready answers null at once: a query never waits for it.
 */
export function startReaderThread(init: WorkerInit, built: URL | undefined): ReaderThread {
  let worker: Worker | null = null;
  let ready = false;
  let waiters: (() => void)[] = [];
  const wake = () => {
    if (!ready || path === null) return;
    for (const w of waiters) w();
    waiters = [];
  };
  let path: string | null = null;
  let nextId = 1;
  const pending = new Map<number, (r: Result<unknown> | null) => void>();

  const stopped = () => {
    ready = false;
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
    worker = null;
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = startWorker(new URL('./reader.ts', import.meta.url), built, init);
    w.on('message', (res: ReaderResponse | { ready: true }) => {
      if ('ready' in res) {
        ready = worker === w;
        wake();
        return;
      }
      pending.get(res.id)?.(res.result);
      pending.delete(res.id);
    });
    w.on('error', (e) => {
      console.error(`[journey-studio] the reading thread stopped: ${e.message}`);
      if (worker === w) stopped();
    });
    w.on('exit', () => {
      if (worker === w) stopped();
    });
    worker = w;
    if (path !== null) w.postMessage({ path } satisfies ReaderRequest);
    return w;
  };

  return {
    ask(op, input) {
      // Until the thread has loaded (a second or two from source), the writer answers.
      if (path === null || !ready) return Promise.resolve(null);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ensure().postMessage({ id, op, input } satisfies ReaderRequest);
      });
    },
    follow(next) {
      path = next;
      if (worker || next !== null) ensure().postMessage({ path: next } satisfies ReaderRequest);
      wake();
    },
    whenReady() {
      return ready && path !== null ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
    async close() {
      const w = worker;
      worker = null;
      stopped();
      if (w) await w.terminate();
    },
  };
}
