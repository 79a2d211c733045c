import type { ExportJob } from '../bundle/exportBundle';
import type { ReadJob } from '../bundle/importBundle';
import type { MapExportJob } from '../prints/exportMap';

/** What the writer hands the job thread: one long task, its work folder already made. */
export type Job =
  | ({ kind: 'export' } & ExportJob)
  | ({ kind: 'verify' } & ReadJob)
  | ({ kind: 'import'; target: string } & ReadJob)
  | ({ kind: 'map' } & MapExportJob);

/** The job thread's messages: progress as it goes, then one answer. */
export type JobMessage =
  | { progress: [done: number, total: number] }
  | { ok: true; value: unknown }
  | { ok: false; code: string; params: Record<string, string | number> };
