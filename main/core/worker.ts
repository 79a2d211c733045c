import { parentPort, workerData } from 'node:worker_threads';
import { CoreEngine, type Serial } from './coreEngine';
import type { WorkerEvent, WorkerInit, WorkerRequest, WorkerResponse } from './workerProtocol';

/**
 * The one writer thread: owns the SQLite connection so the UI thread and the HTTP host never
 * block on disk. Steps that touch the database run strictly one after another; the slow part of
 * an import runs elsewhere in between, so other operations need not wait for it.
 */
const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');

const engine = new CoreEngine(workerData as WorkerInit, (event) => port.postMessage({ event } satisfies WorkerEvent));
let tail: Promise<unknown> = Promise.resolve();

const serial: Serial = (step) => {
  const run = tail.then(step);
  tail = run.catch(() => undefined);
  return run;
};

port.on('message', (req: WorkerRequest) => {
  if (req.op === '__close') {
    void serial(() => engine.close())
      .catch((e: unknown) => console.error(`[journey-studio] closing the project failed: ${String(e)}`))
      .then(() => port.postMessage({ id: req.id, result: { ok: true, value: null }, lang: engine.lang() } satisfies WorkerResponse),
    );
    return;
  }
  void engine.execute(req.op, req.input, serial, req.clientId).then((result) => port.postMessage({ id: req.id, result, lang: engine.lang() } satisfies WorkerResponse));
});
