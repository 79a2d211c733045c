const STORAGE_KEY = 'journey-studio.token';

/**
 * The browser studio hands its token over in the URL fragment so it never reaches a server log.
 * It is kept for the tab's lifetime only and wiped from the address bar, where it could be
 * shoulder-surfed on a projector or copied into a chat by accident.
 */
export function takeSessionToken(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
    window.history.replaceState(window.history.state, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetSessionToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
