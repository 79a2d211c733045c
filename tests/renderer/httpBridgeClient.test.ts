import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../renderer/transport/createHttpBridge';

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.resetModules();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server that records each request's headers and answers a Result. */
async function recordingHost() {
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true,"value":null}');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const real = globalThis.fetch;
  // The page's fetch() of a relative URL, resolved against the server: Node has no page to resolve it.
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => real(new URL(url, base), init));
  return seen;
}

describe('the window client id over HTTP', () => {
  it('the page sends a well-formed client id as X-Studio-Client, and leaves a malformed one out', async () => {
    const seen = await recordingHost();
    const bridge = createHttpBridge('secret');
    await bridge.invoke('persona.list', {}, 'tab-a-00000001');
    await bridge.invokeKeepalive('persona.list', {}, 'tab-a-00000001');
    await bridge.invoke('persona.list', {}, 'no spaces allowed');
    await bridge.invoke('persona.list', {});
    expect(seen.map((r) => r.headers['x-studio-client'])).toEqual(['tab-a-00000001', 'tab-a-00000001', undefined, undefined]);
    expect(seen.every((r) => r.headers.authorization === 'Bearer secret')).toBe(true);
  });

  it('the send worker sends the client id too', async () => {
    const seen = await recordingHost();
    // The worker's global scope, which Node does not have: what it posts back is recorded.
    const posted: unknown[] = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(m: unknown): void } = {
      onmessage: null,
      postMessage: (m) => posted.push(m),
    };
    vi.stubGlobal('self', scope);
    await import('../../renderer/transport/sendWorker');
    expect(posted).toEqual([{ ready: true }]);
    scope.onmessage!({ data: { id: 1, url: '/api/persona.create', token: 'secret', input: { name: 'Ola' }, clientId: 'tab-b-00000002' } });
    scope.onmessage!({ data: { id: 2, url: '/api/persona.list', token: 'secret', input: {} } });
    await vi.waitFor(() => expect(posted).toHaveLength(3));
    expect(seen.map((r) => [r.url, r.headers['x-studio-client'], r.body]).sort()).toEqual([
      ['/api/persona.create', 'tab-b-00000002', '{"name":"Ola"}'],
      ['/api/persona.list', undefined, '{}'],
    ]);
  });
});
