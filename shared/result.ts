import type { ChangeSet } from './live/changeSet';
export const errorCodes = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'conflict',
  'no_project',
  'file_exists',
  'file_missing',
  'file_locked',
  'file_too_new',
  'file_corrupt',
  'not_a_project',
  'schema_mismatch',
  'disk_full',
  'import_refused',
  'bundle_invalid',
  'cancelled',
  'read_only',
  'file_unreadable',
  'unsupported',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** What crosses a boundary when an operation fails: a stable code, a human message, never a stack. */
export interface AppError {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
}

/** A mutation's success also carries the change set it committed, as its event to other clients does. */
export type Result<T> = { ok: true; value: T; changes?: ChangeSet } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
