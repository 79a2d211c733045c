import type { Worker } from 'node:worker_threads';
import { AppFailure } from '../../appFailure';
import { startWorker } from '../../startWorker';
import { NoteReply, type DerivedNote, type NoteJob } from './noteProtocol';

/**
 * The longest one merge may take, the note loaded first included: a 5 MB paste into a note is merged
 * well within it on a busy 2-core machine; past it the thread is stopped.
 */
export const NOTE_JOB_TIME_LIMIT_MS = 20_000;
/** The heap of the note thread: a few long notes and their editors, with room to spare. */
export const NOTE_MEMORY_MB = 1024;

export type NoteOutcome = { status: 'done'; note: DerivedNote } | { status: 'missing' };

interface Pending {
  resolve(outcome: NoteOutcome): void;
  reject(e: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The one note thread of the core, started on first use. Every job has a time limit; a job past
 * it (an update built to be slow) stops the thread, which refuses what it had in hand and is
 * started again on the next job, its held documents then read again from the project file.
 */
export class NoteThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly options: { workerHref?: string | undefined; timeLimitMs?: number; memoryMb?: number } = {},
  ) {}

  run(job: Omit<Extract<NoteJob, { kind: 'update' }>, 'id'> | Omit<Extract<NoteJob, { kind: 'build' }>, 'id'>): Promise<NoteOutcome> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<NoteOutcome>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new AppFailure('invalid_input', { details: 'validation.note_update_too_slow' })), this.options.timeLimitMs ?? NOTE_JOB_TIME_LIMIT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...job, id } as NoteJob);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.stop(new AppFailure('no_project'));
    await worker?.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const source = new URL('./noteWorker.ts', import.meta.url);
    const built = this.options.workerHref ? new URL(this.options.workerHref) : undefined;
    const memoryMb = this.options.memoryMb ?? NOTE_MEMORY_MB;
    const worker = startWorker(source, built, null, { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 });
    worker.unref();
    worker.on('message', (message: unknown) => this.answer(message));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') console.error(`[journey-studio] note thread failed: ${e.stack ?? e.message}`);
      this.stop(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppFailure('invalid_input', { details: 'validation.note_update_too_slow' }) : new AppFailure('internal'));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new AppFailure('internal'));
    });
    this.worker = worker;
    return worker;
  }

  private answer(message: unknown): void {
    const reply = NoteReply.safeParse(message);
    if (!reply.success) return this.stop(new AppFailure('internal'));
    const pending = this.pending.get(reply.data.id);
    if (!pending) return;
    this.pending.delete(reply.data.id);
    clearTimeout(pending.timer);
    const r = reply.data;
    if (r.status === 'refused') pending.reject(new AppFailure(r.code, r.params));
    else pending.resolve(r.status === 'done' ? { status: 'done', note: r.note } : { status: 'missing' });
  }

  /** Stops the thread and refuses every job it had; the next job starts a new one. */
  private stop(why: unknown): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(why);
    }
    this.pending.clear();
  }
}
