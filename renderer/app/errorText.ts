import { isApiError } from '../api';
import type { Translate } from './useT';

/** The core already answers in the user's language; only the client's own failures need the catalogue. */
export function errorText(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.code === 'unauthorized') return t('client.unauthorized');
    if (error.code === 'unreachable') return t('client.unreachable');
    if (error.message) return error.message;
    return t(`error.${error.code}`);
  }
  return t('error.internal');
}
