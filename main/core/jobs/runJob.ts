import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errorCodes, type ErrorCode } from '../../../shared/result';
import { AppFailure } from '../appFailure';
import type { CoreState } from '../ops/context';
import { startWorker } from '../startWorker';
import type { Job, JobMessage } from './jobProtocol';

type Task = Job extends infer J ? (J extends Job ? Omit<J, 'work'> : never) : never;

/** Running tasks by the id their client gave them, each with the way to stop it. */
const running = new Map<string, () => void>();

/** Stops a running task; it then answers `cancelled` and leaves nothing behind. Unknown ids are ignored. */
export function cancelJob(jobId: string): void {
  running.get(jobId)?.();
}

/**
 * The folder a task works in: beside the file it makes, so that file is linked into place on the
 * same disk, or a private one in the system's temp folder for a check that makes nothing.
 */
function workFolder(task: Task): string {
  const beside = task.kind === 'export' || task.kind === 'map' ? task.out : task.kind === 'import' ? task.target : null;
  if (!beside) return mkdtempSync(join(tmpdir(), 'journey-job-'));
  const dir = dirname(beside);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new AppFailure('file_missing', { path: dir });
  try {
    return mkdtempSync(join(dir, `.${basename(beside)}.`));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppFailure('read_only', { path: dir });
    throw e;
  }
}

const isErrorCode = (code: string): code is ErrorCode => (errorCodes as readonly string[]).includes(code);

/**
 * Runs a long task in its own thread, under a memory cap, off the writer's queue. Progress goes
 * to every client as `job.progress` under `jobId`; `cancelJob(jobId)` stops the thread. Whatever
 * the outcome, the work folder goes: a cancelled or refused task leaves no file behind.
 */
export function runJob(state: CoreState, task: Task, jobId?: string): Promise<unknown> {
  const work = workFolder(task);
  const built = state.jobWorkerHref ? new URL(state.jobWorkerHref) : undefined;
  const worker = startWorker(new URL('./jobWorker.ts', import.meta.url), built, { ...task, work }, { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 });
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => unknown) => {
      if (settled) return;
      settled = true;
      if (jobId) running.delete(jobId);
      let answer: { value: unknown } | { error: unknown };
      try {
        answer = { value: outcome() };
      } catch (error) {
        answer = { error };
      }
      // Answered only once the thread has stopped and its folder is gone: nothing is left behind by then.
      void worker.terminate().finally(() => {
        rmSync(work, { recursive: true, force: true });
        if ('value' in answer) resolve(answer.value);
        else reject(answer.error);
      });
    };
    if (jobId) {
      running.get(jobId)?.();
      running.set(jobId, () =>
        settle(() => {
          throw new AppFailure('cancelled');
        }),
      );
    }
    worker.on('message', (message: JobMessage) => {
      if ('progress' in message) {
        const [done, total] = message.progress;
        if (jobId && !settled) state.emit({ type: 'job.progress', payload: { jobId, done, total } });
        return;
      }
      settle(() => {
        if (message.ok) return message.value;
        if (isErrorCode(message.code)) throw new AppFailure(message.code, message.params);
        // A refusal of the disk's (ENOSPC, EACCES…), worded where every other one is.
        throw Object.assign(new Error(String(message.params.message ?? message.code)), { code: message.code });
      });
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' && (task.kind === 'verify' || task.kind === 'import')) {
          throw new AppFailure('bundle_invalid', { file: basename(task.bundle), details: 'bundle.tooBig' });
        }
        console.error(`[journey-studio] job worker failed: ${e.stack ?? e.message}`);
        throw new AppFailure('internal');
      }),
    );
    worker.on('exit', () =>
      settle(() => {
        throw new AppFailure('internal');
      }),
    );
  });
}
