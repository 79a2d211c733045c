import { CLIENT_ID_HEADER, isClientId } from '../../shared/live/clientId';

/**
 * The headers of every request to /api, from the page or from the send worker. A malformed client
 * id is left out (the core then keeps no history for the call) rather than have the host refuse it.
 */
export function apiHeaders(token: string, clientId: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  if (isClientId(clientId)) headers[CLIENT_ID_HEADER] = clientId;
  return headers;
}
