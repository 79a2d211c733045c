import type { ErrorCode } from '../../shared/result';

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unknown_operation: 404,
  not_found: 404,
  file_missing: 404,
  file_unreadable: 403,
  conflict: 409,
  file_exists: 409,
  file_locked: 423,
  disk_full: 507,
  no_project: 409,
  internal: 500,
  unsupported: 501,
};

/** The body is always a Result; the status only helps tools and logs read it at a glance. */
export const httpStatusFor = (code: ErrorCode): number => STATUS[code] ?? 422;
