import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventStreamHandle } from '../../renderer/transport/openEventStream';
import type { StreamEvent } from '../../renderer/transport/parseEventStream';
import { holdHere, shareEventStream, type TabLocks } from '../../renderer/transport/shareEventStream';

/**
 * Web Locks as a browser grants them (Node 20 has none): one holder per name, the others queued in
 * order, a queued request withdrawn by its signal, the next one granted when the holder's promise settles.
 */
function tabLocks(): TabLocks {
  const queues = new Map<string, { run: () => Promise<void>; done: (v: unknown) => void; fail: (e: unknown) => void }[]>();
  const held = new Set<string>();
  const pump = (name: string) => {
    if (held.has(name)) return;
    const next = queues.get(name)?.shift();
    if (!next) return;
    held.add(name);
    void next.run().finally(() => {
      held.delete(name);
      next.done(undefined);
      pump(name);
    });
  };
  return {
    request(name, { signal }, run) {
      return new Promise((done, fail) => {
        const entry = { run, done, fail };
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        queue.push(entry);
        signal.addEventListener('abort', () => {
          const at = queue.indexOf(entry);
          if (at < 0) return;
          queue.splice(at, 1);
          fail(new Error('AbortError'));
        });
        queueMicrotask(() => pump(name));
      });
    },
  };
}

const servers: Server[] = [];
const handles: EventStreamHandle[] = [];
afterEach(async () => {
  for (const h of handles.splice(0)) h.close();
  vi.unstubAllGlobals();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A real loopback host whose /events answers `status`, keeping each stream to write to. */
async function streamHost(status = 200) {
  const streams: ServerResponse[] = [];
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (status !== 200) return void res.writeHead(status).end();
    res.writeHead(200, { 'Content-Type': 'text/event-stream' }).flushHeaders();
    streams.push(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const real = globalThis.fetch;
  // The page's fetch() of a relative URL, resolved against the server: Node has no page.
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => real(new URL(url, base), init));
  const live = () => streams.filter((s) => !s.destroyed && !s.writableEnded);
  return { streams, live, requests: () => requests, send: (name: string, data: string) => live().forEach((s) => s.write(`event: ${name}\ndata: ${data}\n\n`)) };
}

/** One tab of the studio in this browser: its own stream handle, the same locks and channel name. */
function tab(locks: TabLocks, token = 'secret') {
  const seen = { opens: 0, events: [] as StreamEvent[], refused: 0 };
  const handle = shareEventStream(
    {
      url: '/events',
      token,
      onOpen: () => seen.opens++,
      onEvent: (e) => seen.events.push(e),
      onRefused: () => seen.refused++,
    },
    // Held on this thread: Node has no module Web Worker; the browser's worker runs the same relay.
    { locks, channel: (name) => new BroadcastChannel(name), hold: holdHere((name) => new BroadcastChannel(name)) },
  );
  handles.push(handle);
  return { seen, handle };
}

describe('one event stream shared by the tabs of a studio', () => {
  it('opens a single connection for three tabs, and every tab hears every event in order', async () => {
    const host = await streamHost();
    const locks = tabLocks();
    const tabs = [tab(locks), tab(locks), tab(locks)];
    await vi.waitFor(() => expect(tabs.map((t) => t.seen.opens)).toEqual([1, 1, 1]));
    expect(host.streams).toHaveLength(1);
    host.send('changes', '{"rev":1}');
    host.send('changes', '{"rev":2}');
    for (const t of tabs) await vi.waitFor(() => expect(t.seen.events.map((e) => e.data)).toEqual(['{"rev":1}', '{"rev":2}']));
    const later = tab(locks);
    await vi.waitFor(() => expect(later.seen.opens).toBe(1));
    expect(host.streams).toHaveLength(1);
  });

  it('hands the stream to another tab when the holder closes; the others catch up, and a token of another launch is kept apart', async () => {
    const host = await streamHost();
    const locks = tabLocks();
    const [first, second, third] = [tab(locks), tab(locks), tab(locks)];
    const stale = tab(locks, 'token-of-an-earlier-launch');
    await vi.waitFor(() => expect([first, second, third, stale].map((t) => t.seen.opens)).toEqual([1, 1, 1, 1]));
    expect(host.streams).toHaveLength(2);
    first.handle.close();
    await vi.waitFor(() => expect([second.seen.opens, third.seen.opens]).toEqual([2, 2]));
    expect(host.streams).toHaveLength(3);
    await vi.waitFor(() => expect(host.live()).toHaveLength(2));
    host.send('changes', '{"rev":3}');
    for (const t of [second, third, stale]) await vi.waitFor(() => expect(t.seen.events.map((e) => e.data)).toEqual(['{"rev":3}']));
    expect(first.seen.events).toEqual([]);
    expect(stale.seen.opens).toBe(1);
  });

  it('stops every tab when the host refuses the token, none of them asking more than once', async () => {
    const host = await streamHost(403);
    const locks = tabLocks();
    const tabs = [tab(locks), tab(locks), tab(locks)];
    await vi.waitFor(() => expect(tabs.map((t) => t.seen.refused)).toEqual([1, 1, 1]));
    await new Promise((r) => setTimeout(r, 100));
    // The holder's refusal and the next tab's turn at the lock race; either way nobody retries.
    expect(host.requests()).toBeGreaterThanOrEqual(1);
    expect(host.requests()).toBeLessThanOrEqual(3);
    expect(tabs.map((t) => t.seen.opens)).toEqual([0, 0, 0]);
  });
});
