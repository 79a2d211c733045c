import { parentPort, workerData } from 'node:worker_threads';
import { CoreEngine } from './coreEngine';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './workerProtocol';

/**
 * The one writer thread: owns the SQLite connection so the UI thread and the HTTP host never
 * block on disk. Requests are handled strictly one after another.
 */
const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');

const engine = new CoreEngine(workerData as WorkerInit);
let queue = Promise.resolve();

port.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    if (req.op === '__close') {
      engine.close();
      port.postMessage({ id: req.id, result: { ok: true, value: null }, lang: engine.lang() } satisfies WorkerResponse);
      return;
    }
    const result = await engine.execute(req.op, req.input);
    port.postMessage({ id: req.id, result, lang: engine.lang() } satisfies WorkerResponse);
  });
});
