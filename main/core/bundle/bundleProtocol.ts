import type { ExportJob } from './exportBundle';
import type { ReadJob } from './importBundle';

/** What the writer hands the bundle thread: one task, its folders already made. */
export type BundleJob = ({ kind: 'export' } & ExportJob) | ({ kind: 'verify' } & ReadJob) | ({ kind: 'import'; target: string } & ReadJob);

/** The bundle thread's messages: progress as it goes, then one answer. */
export type BundleMessage =
  | { progress: [done: number, total: number] }
  | { ok: true; value: unknown }
  | { ok: false; code: string; params: Record<string, string | number> };
