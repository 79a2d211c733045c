import type { Session } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { withContentSecurityPolicy } from './contentSecurityPolicy';

/** The studio makes no request beyond its own bundle; devtools keep working for development. */
const ALLOWED_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Applies the session-wide rules once, before any window loads: our CSP on every response,
 * no outgoing network, and no permission (camera, notifications, USB …) ever granted.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
