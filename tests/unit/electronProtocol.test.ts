import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../main/electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/contentSecurityPolicy';
import { tempDir } from './support/tempStudio';

function rendererFixture(): string {
  const root = tempDir('studio-renderer-');
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  return renderer;
}

const get = (handler: (r: Request) => Promise<Response>, url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol serving the renderer (electron mocked: binary unavailable here)', () => {
  it('serves bundle files with their type and the content security policy', async () => {
    const handler = createAppProtocolHandler(rendererFixture());
    const page = await get(handler, 'app://studio/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Journey Studio');
    const script = await get(handler, 'app://studio/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(handler, 'app://studio/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect(await (await get(handler, 'app://studio/')).text()).toContain('Journey Studio');
  });

  it('answers a client-side route with the app shell but a missing asset with 404', async () => {
    const handler = createAppProtocolHandler(rendererFixture());
    expect(await (await get(handler, 'app://studio/personas/123')).text()).toContain('Journey Studio');
    expect((await get(handler, 'app://studio/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal, other hosts and writes', async () => {
    const renderer = rendererFixture();
    const handler = createAppProtocolHandler(renderer);
    for (const url of [
      'app://studio/../secret.txt',
      'app://studio/%2e%2e/secret.txt',
      'app://studio/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://studio/..%5csecret.txt',
      'app://studio/%2fetc%2fpasswd',
      'app://studio/C:%5cWindows%5cwin.ini',
      'app://studio/index.html%00.js',
      'app://other/index.html',
      'https://studio/index.html',
    ]) {
      const res = await get(handler, url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('outside the renderer');
    }
    expect((await get(handler, 'app://studio/index.html', 'POST')).status).toBe(405);
    expect(resolveAppFile(renderer, 'app://studio/assets/index-abc.js')).toBe(join(renderer, 'assets', 'index-abc.js'));
    expect(resolveAppFile(renderer, 'app://studio/%E0%A4%A')).toBeNull();
  });
});
