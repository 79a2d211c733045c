import type { OpName } from '../../shared/operations';
import type { StudioEvent } from '../../shared/live/studioEvents';
import type { Result } from '../../shared/result';
import type { CoreOptions } from './coreEngine';

export type WorkerInit = CoreOptions;

export type WorkerRequest = { id: number; op: OpName; input: unknown; clientId: string | null } | { id: number; op: '__close' };

export interface WorkerResponse {
  id: number;
  result: Result<unknown>;
  /** The language in force after the operation, so dispatch words its own refusals the same way. */
  lang: 'pl' | 'en';
}

/** Sent by the worker on its own: an event for every client. */
export interface WorkerEvent {
  event: StudioEvent;
}

/** To the reading thread: a query, or the project to read from now on (null: none is open). */
export type ReaderRequest = { id: number; op: OpName; input: unknown } | { path: string | null };

/** `result` null: the reader has no connection, so the writer answers. */
export type ReaderResponse = Omit<WorkerResponse, 'result'> & { result: Result<unknown> | null };
