import type { OpName } from '../../shared/operations';
import type { Result } from '../../shared/result';
import type { CoreOptions } from './coreEngine';

export type WorkerInit = CoreOptions;

export type WorkerRequest = { id: number; op: OpName; input: unknown } | { id: number; op: '__close' };

export interface WorkerResponse {
  id: number;
  result: Result<unknown>;
  /** The language in force after the operation, so dispatch words its own refusals the same way. */
  lang: 'pl' | 'en';
}
