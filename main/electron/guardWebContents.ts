import type { WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

export interface ExternalLinkDeps {
  /** Asks the user; resolves true only on an explicit yes. */
  confirmExternal(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Only a plain web link leaves the app, and only after the user agreed; failures are swallowed. */
export function offerExternal(url: string, deps: ExternalLinkDeps): void {
  if (!isExternalLink(url)) return;
  void deps
    .confirmExternal(url)
    .then((yes) => (yes ? deps.openExternal(url) : undefined))
    .catch(() => undefined);
}

/**
 * Keeps every web contents on the app origin: no navigation or redirect away from it, no new
 * windows, no <webview>. A web link the user clicked goes to the system browser after a question.
 */
export function guardWebContents(contents: GuardedContents, deps: ExternalLinkDeps): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    offerExternal(event.url, deps);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url, deps);
    return { action: 'deny' };
  });
}
