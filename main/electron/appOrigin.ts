import type { CustomScheme } from 'electron';

/** The renderer is served from its own origin, never file://, so IPC and navigation checks can compare origins. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * `standard` gives the scheme real origins and relative URL resolution (Vite emits /assets/… paths);
 * `secure` makes it a secure context. `codeCache` keeps the bundle's compiled script between
 * launches (Chromium offers it only to http(s) and to standard schemes that ask), so opening the
 * studio again at a client's site does not parse its few hundred kilobytes of script anew.
 * No bypassCSP, no CORS, no service workers.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * Node's URL reports origin "null" for non-special schemes, so the scheme and host are compared
 * directly. Credentials or a port would mean someone crafted the URL: refuse those too.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
