import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../main/electron/contentSecurityPolicy';
import { guardWebContents, type ExternalLinkDeps } from '../../main/electron/guardWebContents';
import { hardenSession, isAllowedRequestUrl } from '../../main/electron/hardenSession';
import { isTrustedSender } from '../../main/electron/isTrustedSender';
import { createStudioWindow } from '../../main/electron/studioWindow';
import { appSchemePrivileges } from '../../main/electron/appOrigin';

type Listener = (...args: never[]) => unknown;

// A stand-in that keeps what the window was constructed with.
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  },
}));

const windowOptions = (preloadPath: string) => (createStudioWindow(preloadPath) as unknown as { options: BrowserWindowConstructorOptions }).options;

function fakeSession() {
  const captured: Record<string, Listener> = {};
  const session = {
    webRequest: {
      onHeadersReceived: (l: Listener) => (captured.headers = l),
      onBeforeRequest: (l: Listener) => (captured.before = l),
    },
    setPermissionRequestHandler: (l: Listener) => (captured.request = l),
    setPermissionCheckHandler: (l: Listener) => (captured.check = l),
    setDevicePermissionHandler: (l: Listener) => (captured.device = l),
  };
  hardenSession(session as unknown as Session);
  return captured as Record<string, (...args: unknown[]) => unknown>;
}

function fakeContents() {
  const listeners: Record<string, (event: { url?: string; preventDefault(): void }) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, l: (typeof listeners)[string]) => {
      listeners[name] = l;
      return contents;
    },
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  };
  const external = { confirmExternal: vi.fn(async () => true), openExternal: vi.fn(async () => {}) } satisfies ExternalLinkDeps;
  guardWebContents(contents as unknown as WebContents, external);
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners[name]?.(event);
    return event.preventDefault;
  };
  return { fire, open: (url: string) => openHandler?.({ url }), external, listeners };
}

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('desktop security baseline (electron mocked: binary unavailable here)', () => {
  it('window options isolate and sandbox the renderer and use the built CommonJS preload', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.webviewTag).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it("the bundle's compiled script is cached from the first launch, which Chromium allows only on a standard scheme", () => {
    expect(windowOptions('/p.cjs').webPreferences!.v8CacheOptions).toBe('bypassHeatCheck');
    expect(appSchemePrivileges.privileges).toMatchObject({ codeCache: true, standard: true });
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
  });

  it('the content security policy allows our own origin only, never eval or remote hosts', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:']);
    for (const [name, sources] of policy) for (const s of sources) expect(allowed.has(s), `${name} ${s}`).toBe(true);
  });

  it('hardenSession puts the policy on every response, replacing one the response carried', () => {
    const h = fakeSession();
    const callback = vi.fn();
    h.headers!(
      { url: 'app://studio/index.html', responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } },
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
    expect(withContentSecurityPolicy(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('hardenSession denies every permission request and check', () => {
    const h = fakeSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read', 'unknown']) {
      const callback = vi.fn();
      h.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(h.check!({}, permission, 'app://studio', {})).toBe(false);
    }
    expect(h.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('hardenSession cancels every request that is not to our own bundle', () => {
    const h = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      h.before!({ url }, callback);
      return callback.mock.calls[0]![0].cancel as boolean;
    };
    expect(decide('app://studio/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(false);
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:5173/', 'wss://example.com', 'file:///etc/passwd', 'ftp://x/y']) {
      expect(decide(url), url).toBe(true);
    }
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });

  it('navigation away from the app is prevented; a web link is offered to the system browser', async () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'app://studio/index.html#/personas')).not.toHaveBeenCalled();
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(c.fire('will-navigate', 'app://evil/index.html')).toHaveBeenCalled();
    expect(c.fire('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    await vi.waitFor(() => expect(c.external.openExternal).toHaveBeenCalledWith('https://example.com/'));
    expect(c.external.confirmExternal).toHaveBeenCalledTimes(1);
    expect(c.fire('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(c.fire('will-redirect', 'app://studio/index.html')).not.toHaveBeenCalled();
    expect(c.fire('will-attach-webview')).toHaveBeenCalled();
  });

  it('window.open is always denied; http(s) opens externally only after the user agreed', async () => {
    const c = fakeContents();
    c.external.confirmExternal.mockResolvedValueOnce(false);
    expect(c.open('https://example.com/declined')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(c.external.confirmExternal).toHaveBeenCalledTimes(1));
    expect(c.external.openExternal).not.toHaveBeenCalled();

    expect(c.open('https://example.com/accepted')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(c.external.openExternal).toHaveBeenCalledWith('https://example.com/accepted'));

    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://studio/index.html']) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(c.external.confirmExternal).toHaveBeenCalledTimes(2);
  });

  it('IPC is trusted only from the top frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://studio/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://studio/', parent: null })).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const top = { url: 'app://studio/index.html', parent: null };
    expect(isTrustedSender({ url: 'app://studio/frame.html', parent: top as never })).toBe(false);
    for (const url of ['https://example.com/', 'file:///app/out/renderer/index.html', 'app://evil/index.html', 'app://studio:8080/', 'app://user@studio/', 'about:blank', '']) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    }
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });
});
