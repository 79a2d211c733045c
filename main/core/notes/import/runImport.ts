import { IMPORT_MEMORY_MB, IMPORT_TIME_LIMIT_MS } from '../../../../shared/notes/importLimits';
import { MAX_NOTES_JSON_CHARS } from '../../../../shared/schema/notes';
import { AppFailure } from '../../appFailure';
import { startWorker } from '../../startWorker';
import type { StoredNote } from '../../store/interviewStore';
import { ImportReply, type ImportJob } from './importProtocol';

export interface ImportLimits {
  /** The built import worker; without it the TypeScript source runs through tsx. */
  workerHref?: string | undefined;
  timeLimitMs?: number;
  memoryMb?: number;
}

export interface ImportedNote {
  title: string;
  note: StoredNote;
}

const refused = (fileName: string, details: string) => new AppFailure('import_refused', { file: fileName.slice(0, 200), details });

let turn: Promise<unknown> = Promise.resolve();

/**
 * Parses an imported file in a thread of its own, under a memory cap and a time limit; past
 * either, the thread is stopped and the import refused. What comes back was checked against the
 * notes schema there and is only looked at for its shape here, so the writer's thread spends no
 * time reading a big note a second time. Imports take turns: each may use a
 * whole core and half a gigabyte, and a batch of them must not starve the writer of either.
 */
export function runImport(job: ImportJob, limits: ImportLimits = {}): Promise<ImportedNote> {
  const run = turn.then(() => parseInThread(job, limits));
  turn = run.catch(() => undefined);
  return run;
}

function parseInThread(job: ImportJob, limits: ImportLimits): Promise<ImportedNote> {
  const timeLimitMs = limits.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
  const memoryMb = limits.memoryMb ?? IMPORT_MEMORY_MB;
  return new Promise<ImportedNote>((resolve, reject) => {
    const source = new URL('./importWorker.ts', import.meta.url);
    const built = limits.workerHref ? new URL(limits.workerHref) : undefined;
    const worker = startWorker(source, built, job, { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 });
    let settled = false;
    const settle = (outcome: () => ImportedNote) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      try {
        resolve(outcome());
      } catch (e) {
        reject(e);
      }
    };
    const timer = setTimeout(
      () =>
        settle(() => {
          throw refused(job.fileName, 'import.tooSlow');
        }),
      timeLimitMs,
    );
    worker.on('message', (message: unknown) => settle(() => accept(message)));
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') throw refused(job.fileName, 'import.tooComplex');
        console.error(`[journey-studio] import worker failed: ${e.stack ?? e.message}`);
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

function accept(message: unknown): ImportedNote {
  const reply = ImportReply.safeParse(message);
  if (!reply.success) throw new AppFailure('internal');
  if (!reply.data.ok) throw new AppFailure(reply.data.code, reply.data.params);
  const { title, notesJson, text, words } = reply.data;
  if (notesJson.length > MAX_NOTES_JSON_CHARS || text.length > notesJson.length) throw new AppFailure('invalid_input', { details: 'import.noteTooLong' });
  return { title, note: { json: notesJson, text, words } };
}
