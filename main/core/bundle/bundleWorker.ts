import { parentPort, workerData } from 'node:worker_threads';
import { isAppFailure } from '../appFailure';
import type { BundleJob, BundleMessage } from './bundleProtocol';
import { exportBundle } from './exportBundle';
import { importBundle, verifyBundle } from './importBundle';

/**
 * A bundle task in a thread of its own: a colleague's bundle is parsed here, never on the writer's
 * thread, and the thread is stopped outright when the task is cancelled or goes past its limits.
 */
const port = parentPort;
if (!port) throw new Error('bundleWorker.ts must run as a worker thread');
const job = workerData as BundleJob;
let last = 0;
const progress = (done: number, total: number) => {
  const now = Date.now();
  // A few reports a second are enough for a progress bar.
  if (now - last < 100 && done < total) return;
  last = now;
  port.postMessage({ progress: [done, total] } satisfies BundleMessage);
};

async function run(): Promise<unknown> {
  if (job.kind === 'export') return exportBundle(job, progress);
  if (job.kind === 'verify') return (await verifyBundle(job, progress)).summary;
  return importBundle(job, progress);
}

run().then(
  (value) => port.postMessage({ ok: true, value } satisfies BundleMessage),
  (e: unknown) => {
    if (isAppFailure(e)) return port.postMessage({ ok: false, code: e.code, params: e.params } satisfies BundleMessage);
    const code = (e as NodeJS.ErrnoException).code;
    // The disk's refusals are worded by the writer, which knows them; anything else is logged there.
    port.postMessage({ ok: false, code: typeof code === 'string' ? code : 'internal', params: { message: e instanceof Error ? e.message : String(e) } } satisfies BundleMessage);
  },
);
