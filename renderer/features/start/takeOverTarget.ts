import { isApiError } from '../../api';

/**
 * The project a refusal offers to take over: the core says so on file_locked when it cannot check
 * the holder from here (another machine, no OS locks on that drive), and names the file.
 */
export function takeOverTarget(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'file_locked') return null;
  const path = error.params?.path;
  return error.params?.canTakeOver === 'yes' && typeof path === 'string' && path !== '' ? path : null;
}
