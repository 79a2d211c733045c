import type { ErrorCode } from '../../shared/result';

/** Codes the client itself can produce on top of the core's: the host refused the token, or is gone. */
export type ClientErrorCode = 'unauthorized' | 'unreachable';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ApiErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The core's answers that it checked a write and changed nothing: bad input, a clash, or a thing gone meanwhile. */
const REFUSALS: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>(['invalid_input', 'conflict', 'not_found']);

export const isRefusal = (e: unknown): boolean => isApiError(e) && REFUSALS.has(e.code);

/** The thing asked about is gone: deleted meanwhile, here or in another window. */
export const isNotFound = (e: unknown): boolean => isApiError(e) && e.code === 'not_found';

/** Another window saved the same thing meanwhile. */
export const isConflict = (e: unknown): boolean => isApiError(e) && e.code === 'conflict';
