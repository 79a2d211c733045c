import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeSet } from '../../shared/live/changeSet';
import { startBrowserStudio, type BrowserStudio } from '../../main/host/startBrowserStudio';
import { createHttpBridge } from '../../renderer/transport/createHttpBridge';
import { openEventStream } from '../../renderer/transport/openEventStream';
import { tempDir } from '../unit/support/tempStudio';

/**
 * The page's fetch() of a relative URL resolved against a real server on loopback: Node has no page
 * to resolve '/events' against. Everything else (HTTP, the stream reader) is the real thing.
 */
function fetchFrom(base: string) {
  const real = globalThis.fetch;
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => real(new URL(url, base), init));
}

const servers: Server[] = [];
let studio: BrowserStudio | null = null;
const offs: (() => void)[] = [];
afterEach(async () => {
  for (const off of offs.splice(0)) off();
  vi.unstubAllGlobals();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await studio?.close();
  studio = null;
});

/** A stand-in host whose event stream the test scripts: each connection runs the next script. */
async function scriptedHost(scripts: ((req: IncomingMessage, res: ServerResponse) => void)[]) {
  const requests: IncomingMessage[] = [];
  const closed: number[] = [];
  const server = createServer((req, res) => {
    const n = requests.push(req) - 1;
    res.on('close', () => closed.push(n));
    const script = scripts[Math.min(n, scripts.length - 1)]!;
    script(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetchFrom(base);
  return { requests, closed, base };
}

const sse = (res: ServerResponse) => res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8' }).flushHeaders();
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('browser bridge events over the host stream', () => {
  it('hands each whole event to listeners of its name, however the bytes were cut on the way', async () => {
    const payload = { rev: 2, op: 'persona.create', clientId: null, changes: { persona: { added: [{ id: 'p', name: 'Jędrzej Łoś' }] } } };
    const bytes = new TextEncoder().encode(`event: changes\ndata: ${JSON.stringify(payload)}\n\nevent: menu.command\ndata: {"command":"newProject"}\n\n`);
    const host = await scriptedHost([
      (_req, res) => {
        sse(res);
        void (async () => {
          // Cut inside the event name, inside "ę" (two bytes) and between the two line feeds.
          const cuts = [3, bytes.indexOf(0xc4) + 1, bytes.indexOf(0x0a, 40) + 1, bytes.length];
          let from = 0;
          for (const cut of cuts) {
            res.write(bytes.slice(from, cut));
            from = cut;
            await tick(10);
          }
        })();
      },
    ]);
    const bridge = createHttpBridge('secret');
    const changes: unknown[] = [];
    const menu: unknown[] = [];
    offs.push(bridge.on('changes', (c) => changes.push(c)));
    offs.push(bridge.on('menu.command', (c) => menu.push(c)));
    await vi.waitFor(() => expect(menu).toHaveLength(1));
    expect(changes).toEqual([payload]);
    expect(menu).toEqual([{ command: 'newProject' }]);
    expect(host.requests).toHaveLength(1);
    expect(host.requests[0]!.url).toBe('/events');
    expect(host.requests[0]!.headers.authorization).toBe('Bearer secret');
  });

  it('opens one stream for all listeners, raises stream.open, and closes it when the last listener leaves', async () => {
    const host = await scriptedHost([(_req, res) => sse(res)]);
    const bridge = createHttpBridge('secret');
    const opened = vi.fn();
    const offOpen = bridge.on('stream.open', opened);
    const offChanges = bridge.on('changes', () => undefined);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    expect(host.requests).toHaveLength(1);
    offOpen();
    await tick(30);
    expect(host.closed).toEqual([]);
    offChanges();
    await vi.waitFor(() => expect(host.closed).toEqual([0]));
  });

  it('ignores unknown event names, a host-sent stream.open and malformed JSON, and a throwing listener hurts no other', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    await scriptedHost([
      (_req, res) => {
        sse(res);
        res.write('event: fs.readFile\ndata: {}\n\nevent: stream.open\ndata: {"x":1}\n\nevent: changes\ndata: {not json\n\n');
        res.write('event: changes\ndata: {"rev":5}\n\n');
      },
    ]);
    const bridge = createHttpBridge('secret');
    const opened: unknown[] = [];
    const heard: unknown[] = [];
    offs.push(bridge.on('stream.open', (p) => opened.push(p)));
    offs.push(
      bridge.on('changes', () => {
        throw new Error('broken listener');
      }),
    );
    offs.push(bridge.on('changes', (c) => heard.push(c)));
    await vi.waitFor(() => expect(heard).toEqual([{ rev: 5 }]));
    expect(opened).toEqual([{}]);
    expect(reported).toHaveBeenCalledTimes(1);
  });

  it('reconnects with growing waits after the stream ends or fails, and raises stream.open on each reopening', async () => {
    const host = await scriptedHost([
      (_req, res) => {
        sse(res);
        res.end('event: changes\ndata: {"rev":1}\n\n');
      },
      (_req, res) => res.writeHead(503).end(),
      (_req, res) => res.writeHead(429).end(),
      (_req, res) => {
        sse(res);
        res.write('event: changes\ndata: {"rev":2}\n\n');
      },
    ]);
    const opened: number[] = [];
    const heard: unknown[] = [];
    const stream = openEventStream({
      url: '/events',
      token: 'secret',
      baseDelayMs: 20,
      maxDelayMs: 1000,
      onOpen: () => opened.push(Date.now()),
      onEvent: (e) => heard.push(JSON.parse(e.data)),
    });
    offs.push(() => stream.close());
    const started = Date.now();
    await vi.waitFor(() => expect(heard).toEqual([{ rev: 1 }, { rev: 2 }]), { timeout: 3000 });
    expect(opened).toHaveLength(2);
    expect(host.requests).toHaveLength(4);
    // Waits of about 20, 40 and 80 ms (±25 %) lie between the four requests.
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('takes a stream silent for longer than the idle limit for dead, and opens it again', async () => {
    const host = await scriptedHost([(_req, res) => sse(res)]);
    const opened = vi.fn();
    const stream = openEventStream({ url: '/events', token: 'secret', idleMs: 60, baseDelayMs: 5, onOpen: opened, onEvent: vi.fn() });
    offs.push(() => stream.close());
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
    expect(host.requests.length).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() => expect(host.closed).toContain(0));
  });

  it('tells the app when the host refuses the tab\'s token on the stream', async () => {
    await scriptedHost([(_req, res) => res.writeHead(403).end()]);
    const refused = vi.fn();
    const bridge = createHttpBridge('stale', { onRefused: refused });
    offs.push(bridge.on('changes', vi.fn()));
    await vi.waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
  });

  it('stops for good when the host refuses the token', async () => {
    const host = await scriptedHost([(_req, res) => res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"ok":false}')]);
    const refused = vi.fn();
    const stream = openEventStream({ url: '/events', token: 'stale', baseDelayMs: 5, onOpen: vi.fn(), onEvent: vi.fn(), onRefused: refused });
    offs.push(() => stream.close());
    await vi.waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
    await tick(100);
    expect(host.requests).toHaveLength(1);
  });

  it('through the real host: a tab hears the change set of a persona another tab created, tagged with that tab\'s client id', async () => {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    process.env.JOURNEY_STUDIO_HOME = tempDir();
    studio = await startBrowserStudio({ open: false, port: 0, rendererDir, log: () => undefined });
    fetchFrom(`http://127.0.0.1:${studio.port}`);
    const watching = createHttpBridge(studio.token);
    const writing = createHttpBridge(studio.token);
    const opened = vi.fn();
    const heard: ChangeSet[] = [];
    offs.push(watching.on('stream.open', opened));
    offs.push(watching.on('changes', (c) => heard.push(c)));
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    expect((await writing.invoke('project.create', { path: 'Tabs' }, 'tab-b-000000001')).ok).toBe(true);
    const made = await writing.invoke('persona.create', { name: 'Zofia' }, 'tab-b-000000001');
    expect(made.ok).toBe(true);
    await vi.waitFor(() => expect(heard.map((c) => c.op)).toContain('persona.create'));
    const pushed = heard.find((c) => c.op === 'persona.create')!;
    expect(pushed.clientId).toBe('tab-b-000000001');
    expect(made.ok && made.changes).toEqual(pushed);
    const anonymous = await writing.invoke('persona.create', { name: 'Ola' }, 'not a valid id');
    expect(anonymous.ok && anonymous.changes?.clientId).toBeNull();
  });
});
