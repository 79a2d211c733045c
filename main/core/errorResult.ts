import type { z } from 'zod';
import { catalogues, translate } from '../../shared/i18n/translate';
import type { Lang } from '../../shared/schema/common';
import type { AppError, ErrorCode } from '../../shared/result';
import { isAppFailure } from './appFailure';

/** Params that are themselves catalogue keys (e.g. "conflict.personaOrder") are translated too. */
function localiseParams(lang: Lang, params: Record<string, string | number>) {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && v in catalogues.en ? translate(lang, v) : v]),
  );
}

export function appError(lang: Lang, code: ErrorCode, params: Record<string, string | number> = {}): AppError {
  const localised = localiseParams(lang, params);
  return { code, message: translate(lang, `error.${code}`, localised), params: localised };
}

/** Anything unexpected becomes `internal`; its details go to the log, never to the user. */
export function errorFromThrown(lang: Lang, e: unknown, log: (msg: string) => void = console.error): AppError {
  if (isAppFailure(e)) return appError(lang, e.code, e.params);
  log(`[journey-studio] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return appError(lang, 'internal');
}

export function invalidInput(lang: Lang, error: z.ZodError): AppError {
  const details = error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'input';
      const key = `validation.${issue.message}`;
      const text = key in catalogues.en ? translate(lang, key) : issue.message;
      return `${where}: ${text}`;
    })
    .join('; ');
  return appError(lang, 'invalid_input', { details: details.slice(0, 500) });
}
