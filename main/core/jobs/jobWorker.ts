import { parentPort, workerData } from 'node:worker_threads';
import { isAppFailure } from '../appFailure';
import type { Job, JobMessage } from './jobProtocol';
import { exportBundle } from '../bundle/exportBundle';
import { importBundle, verifyBundle } from '../bundle/importBundle';
import { exportMap } from '../prints/exportMap';

/**
 * A long task (a bundle, a print) in a thread of its own: a colleague's bundle is parsed here,
 * never on the writer's thread, and the thread is stopped outright when the task is cancelled or
 * goes past its limits.
 */
const port = parentPort;
if (!port) throw new Error('jobWorker.ts must run as a worker thread');
const job = workerData as Job;
let last = 0;
const progress = (done: number, total: number) => {
  const now = Date.now();
  // A few reports a second are enough for a progress bar.
  if (now - last < 100 && done < total) return;
  last = now;
  port.postMessage({ progress: [done, total] } satisfies JobMessage);
};

async function run(): Promise<unknown> {
  if (job.kind === 'export') return exportBundle(job, progress);
  if (job.kind === 'verify') return (await verifyBundle(job, progress)).summary;
  if (job.kind === 'map') return exportMap(job);
  return importBundle(job, progress);
}

run().then(
  (value) => port.postMessage({ ok: true, value } satisfies JobMessage),
  (e: unknown) => {
    if (isAppFailure(e)) return port.postMessage({ ok: false, code: e.code, params: e.params } satisfies JobMessage);
    const code = (e as NodeJS.ErrnoException).code;
    // The disk's refusals are worded by the writer, which knows them; anything else is logged there.
    port.postMessage({ ok: false, code: typeof code === 'string' ? code : 'internal', params: { message: e instanceof Error ? e.message : String(e) } } satisfies JobMessage);
  },
);
