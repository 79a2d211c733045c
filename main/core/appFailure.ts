import type { ErrorCode } from '../../shared/result';

/**
 * Thrown inside the core for an expected refusal; the worker turns it into a Result with a
 * translated message, so nothing but code + message ever crosses a boundary.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}

export const isAppFailure = (e: unknown): e is AppFailure => e instanceof AppFailure;
