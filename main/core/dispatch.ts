import type { Worker } from 'node:worker_threads';
import { isOpName, operations, type OpName, type OpOutput, type OpParsedInput } from '../../shared/operations';
import type { StudioEvent } from '../../shared/live/studioEvents';
import type { Lang } from '../../shared/schema/common';
import type { Result } from '../../shared/result';
import type { CoreOptions } from './coreEngine';
import { appError, errorFromThrown, invalidInput } from './errorResult';
import { readerOps } from './readerOps';
import { startReaderThread } from './readerThread';
import { startWorker } from './startWorker';
import type { WorkerEvent, WorkerInit, WorkerRequest, WorkerResponse } from './workerProtocol';

export type HostHandlers = Partial<{ [K in OpName]: (input: OpParsedInput<K>) => Promise<OpOutput<K>> }>;

export interface DispatcherOptions extends CoreOptions {
  /** The built worker (out/main/worker.js). Without it the TypeScript source runs through tsx. */
  workerUrl?: URL;
  /** The built import worker; by default out/main/importWorker.js beside workerUrl. */
  importWorkerUrl?: URL;
  /** Operations the host answers itself, such as native file dialogs in the desktop shell. */
  hostHandlers?: HostHandlers;
}

export interface Dispatcher {
  /** `clientId` names the calling window: its undo history is its own. */
  dispatch(op: string, input: unknown, clientId?: string): Promise<Result<unknown>>;
  /** Every event the core pushes (change sets, note updates, project switches), for the hosts to relay. */
  subscribe(listener: (event: StudioEvent) => void): () => void;
  /** Resolves once long reads run beside the writer (the open project's reader has loaded). */
  whenReading(): Promise<void>;
  close(): Promise<void>;
}

/** What a window may call itself; anything else is refused before it reaches the core. */
export const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

function workerInit(options: DispatcherOptions): WorkerInit {
  // Entries are emitted flat into out/main, so the import worker sits beside the built writer.
  const importWorkerUrl = options.importWorkerUrl ?? (options.workerUrl ? new URL('./importWorker.js', options.workerUrl) : undefined);
  const jobWorkerUrl = options.workerUrl ? new URL('./jobWorker.js', options.workerUrl) : undefined;
  return {
    configDir: options.configDir,
    projectsDir: options.projectsDir,
    defaultLang: options.defaultLang,
    nativeBinding: options.nativeBinding,
    importWorkerHref: importWorkerUrl?.href,
    jobWorkerHref: jobWorkerUrl?.href,
  };
}

const spawnWorker = (options: DispatcherOptions): Worker => startWorker(new URL('./worker.ts', import.meta.url), options.workerUrl, workerInit(options));

/**
 * The one door into the core for every host: validate the input with the operation's schema,
 * run it in the writer thread, validate the output, answer a Result. It never throws.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  let lang: Lang = options.defaultLang;
  let nextId = 1;
  const pending = new Map<number, (r: WorkerResponse) => void>();
  const listeners = new Set<(event: StudioEvent) => void>();
  let worker: Worker | null = null;
  const reader = startReaderThread(workerInit(options), options.workerUrl ? new URL('./reader.js', options.workerUrl) : undefined);

  const failAll = (why: string) => {
    console.error(`[journey-studio] core worker stopped: ${why}`);
    for (const [id, resolve] of pending) resolve({ id, result: { ok: false, error: appError(lang, 'internal') }, lang });
    pending.clear();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = spawnWorker(options);
    w.on('message', (res: WorkerResponse | WorkerEvent) => {
      if ('event' in res) {
        if (res.event.type === 'project.changed') reader.follow(res.event.payload.project?.path ?? null);
        for (const listener of [...listeners]) {
          try {
            listener(res.event);
          } catch (e) {
            console.error(`[journey-studio] an event listener failed: ${String(e)}`);
          }
        }
        return;
      }
      lang = res.lang;
      const resolve = pending.get(res.id);
      pending.delete(res.id);
      resolve?.(res);
    });
    w.on('error', (e) => failAll(e.stack ?? e.message));
    w.on('exit', (code) => {
      if (worker === w) failAll(`exit ${code}`);
    });
    worker = w;
    return w;
  };

  const send = (req: WorkerRequest): Promise<WorkerResponse> =>
    new Promise((resolve) => {
      pending.set(req.id, resolve);
      ensureWorker().postMessage(req);
    });

  async function dispatch(op: string, rawInput: unknown, clientId?: string): Promise<Result<unknown>> {
    try {
      if (clientId !== undefined && !CLIENT_ID.test(clientId)) return { ok: false, error: appError(lang, 'invalid_input', { details: 'client id' }) };
      if (!isOpName(op)) return { ok: false, error: appError(lang, 'unknown_operation', { op: op.slice(0, 80) }, ['op']) };
      const spec = operations[op];
      const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
      if (!parsed.success) return { ok: false, error: invalidInput(lang, parsed.error) };
      const host = options.hostHandlers?.[op] as ((input: unknown) => Promise<unknown>) | undefined;
      const read = !host && readerOps.has(op) ? await reader.ask(op, parsed.data) : null;
      const result: Result<unknown> = host
        ? { ok: true, value: await host(parsed.data) }
        : (read ?? (await send({ id: nextId++, op, input: parsed.data, clientId: clientId ?? null })).result);
      if (!result.ok) return result;
      const out = spec.output.safeParse(result.value);
      if (!out.success) {
        console.error(`[journey-studio] ${op} produced output outside its schema: ${out.error.message}`);
        return { ok: false, error: appError(lang, 'internal') };
      }
      return result.changes ? { ok: true, value: out.data, changes: result.changes } : { ok: true, value: out.data };
    } catch (e) {
      return { ok: false, error: errorFromThrown(lang, e) };
    }
  }

  async function close(): Promise<void> {
    await reader.close();
    const w = worker;
    if (!w) return;
    await send({ id: nextId++, op: '__close' });
    worker = null;
    await w.terminate();
  }

  function subscribe(listener: (event: StudioEvent) => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  return { dispatch, subscribe, whenReading: () => reader.whenReady(), close };
}
