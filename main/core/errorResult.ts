import type { z } from 'zod';
import { catalogues, translate } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/schema/common';
import type { AppError, ErrorCode } from '../../shared/result';
import { isAppFailure } from './appFailure';

/**
 * Params that are themselves catalogue keys (e.g. "conflict.personaOrder") are translated too,
 * except the `verbatim` ones, which carry outside words (an operation's name) shown as given.
 */
function localiseParams(lang: Lang, params: Record<string, string | number>, verbatim: readonly string[]) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && !verbatim.includes(k) && Object.hasOwn(catalogues.en, v) ? translate(lang, v) : v,
    ]),
  );
}

export function appError(
  lang: Lang,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  verbatim: readonly string[] = [],
): AppError {
  const localised = localiseParams(lang, params, verbatim);
  return { code, message: translate(lang, `error.${code}`, localised), params: localised };
}

const codeOf = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
};

/** A full disk or an exhausted quota, as SQLite (SqliteError.code) or Node (errno code) says it. */
export const isDiskFull = (code: string): boolean => code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';

/**
 * A write the disk refused, as SQLite (SqliteError.code) or Node (errno code) reports it. A full
 * disk is its own case, since freeing space lets saving go on; a folder or disk that can no longer
 * be written (read-only, no permission, a write or sync the device failed: SQLite says
 * SQLITE_IOERR_WRITE when the file system turned read-only under an open file) asks for a copy
 * elsewhere. A failed read is none of these.
 */
function diskRefusal(code: string): 'disk_full' | 'read_only' | null {
  if (isDiskFull(code)) return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return 'read_only';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') && !['SQLITE_IOERR_READ', 'SQLITE_IOERR_SHORT_READ', 'SQLITE_IOERR_NOMEM'].includes(code)) return 'read_only';
  return null;
}

/** Anything unexpected becomes `internal`; its details go to the log, never to the user. */
export function errorFromThrown(lang: Lang, e: unknown, log: (msg: string) => void = console.error): AppError {
  if (isAppFailure(e)) return appError(lang, e.code, e.params);
  const refusal = diskRefusal(codeOf(e));
  if (refusal) {
    // An I/O error read as "cannot be written" may be a failing drive: that much goes to the log.
    if (codeOf(e).startsWith('SQLITE_IOERR')) log(`[journey-studio] write refused by the disk: ${codeOf(e)}: ${e instanceof Error ? e.message : String(e)}`);
    return refusal === 'disk_full' ? appError(lang, 'disk_full') : appError(lang, 'read_only', { path: 'fault.thisProject' });
  }
  log(`[journey-studio] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return appError(lang, 'internal');
}

type Issue = z.core.$ZodIssue;

/**
 * A union's own "invalid input" says nothing. When all its options but one refused the input for
 * its very type (an object where a string goes), that one option says what is wrong with it.
 */
function meaningful(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code !== 'invalid_union') return [issue];
    const meant = issue.errors.filter((option) => !(option.length === 1 && option[0]!.code === 'invalid_type' && option[0]!.path.length === 0));
    if (meant.length !== 1) return [issue];
    return meaningful(meant[0]!).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  });
}

export function invalidInput(lang: Lang, error: z.ZodError): AppError {
  const details = meaningful(error.issues)
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'input';
      const key = `validation.${issue.message}`;
      const text = Object.hasOwn(catalogues.en, key) ? translate(lang, key) : issue.message;
      return `${where}: ${text}`;
    })
    .join('; ');
  return appError(lang, 'invalid_input', { details: details.slice(0, 500) });
}
