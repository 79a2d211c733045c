import { writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeSet } from '../../shared/live/changeSet';
import type { StudioEvent } from '../../shared/live/studioEvents';
import { createEventStreams } from '../../main/host/eventStreams';
import { startBrowserStudio, type BrowserStudio, type BrowserStudioOptions } from '../../main/host/startBrowserStudio';
import { tempDir } from './support/tempStudio';

let studio: BrowserStudio | null = null;
const opened: IncomingMessage[] = [];
afterEach(async () => {
  for (const res of opened.splice(0)) res.destroy();
  await studio?.close();
  studio = null;
});

async function start(extra: Partial<BrowserStudioOptions> = {}) {
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  process.env.JOURNEY_STUDIO_HOME = tempDir();
  studio = await startBrowserStudio({ open: false, port: 0, rendererDir, log: () => undefined, ...extra });
  return studio;
}

interface Stream {
  status: number;
  headers: IncomingMessage['headers'];
  /** Everything read so far. */
  text(): string;
  /** Resolves once the server ended the stream. */
  ended: Promise<void>;
  res: IncomingMessage;
}

/** Opens GET /events with raw headers, so that Host and Origin can be anything a hostile page could send. */
function openStream(s: BrowserStudio, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        path: '/events',
        headers: { host: `127.0.0.1:${s.port}`, authorization: `Bearer ${s.token}`, accept: 'text/event-stream', ...headers },
      },
      (res) => {
        opened.push(res);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        const ended = new Promise<void>((done) => {
          res.on('end', done);
          res.on('close', done);
        });
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: () => text, ended, res });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function api(s: BrowserStudio, op: string, body: unknown, extra: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: s.port,
        method: 'POST',
        path: `/api/${op}`,
        headers: { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', authorization: `Bearer ${s.token}`, ...extra },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** The events in a stream's text, comments left out. */
function events(text: string): { event: string; data: unknown }[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine!.slice('event: '.length), data: JSON.parse(dataLine!.slice('data: '.length)) as unknown };
    });
}

const changesIn = (stream: Stream) => events(stream.text()).filter((e) => e.event === 'changes').map((e) => e.data as ChangeSet);

describe('browser studio event stream', () => {
  it('refuses a missing or wrong token, a foreign Origin and a wrong Host with 403, and a POST with 405', async () => {
    const s = await start();
    const attempts: Record<string, string>[] = [
      { authorization: '' },
      { authorization: `Bearer ${'0'.repeat(32)}` },
      { authorization: `Bearer ${s.token}x` },
      { origin: 'http://evil.example' },
      { origin: `http://127.0.0.1:${s.port + 1}` },
      { host: `evil.example:${s.port}` },
      { host: 'localhost' },
    ];
    for (const headers of attempts) {
      const refused = await openStream(s, headers);
      await refused.ended;
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(refused.text()).ok).toBe(false);
    }
    const wrongMethod = await new Promise<number>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: s.port, method: 'POST', path: '/events', headers: { host: `127.0.0.1:${s.port}`, authorization: `Bearer ${s.token}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.end();
    });
    expect(wrongMethod).toBe(405);
  });

  it('two streams both receive the change set of a persona.create sent by another client over HTTP', async () => {
    const s = await start();
    const first = await openStream(s, { origin: `http://127.0.0.1:${s.port}` });
    const second = await openStream(s, { host: `localhost:${s.port}` });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    expect((await api(s, 'project.create', { path: 'Live' })).status).toBe(200);
    const created = await api(s, 'persona.create', { name: 'Zofia' }, { 'x-studio-client': 'window-b-0001' });
    expect(created.status).toBe(200);
    const answer = JSON.parse(created.body) as { value: { id: string }; changes: ChangeSet };
    for (const stream of [first, second]) {
      await expect.poll(() => changesIn(stream).find((c) => c.op === 'persona.create'), { timeout: 2000 }).toBeTruthy();
      const pushed = changesIn(stream).find((c) => c.op === 'persona.create')!;
      expect(pushed).toEqual(answer.changes);
      expect(pushed.clientId).toBe('window-b-0001');
      expect(pushed.changes.persona?.added.map((p) => p.id)).toEqual([answer.value.id]);
    }
    expect(events(first.text()).some((e) => e.event === 'project.changed')).toBe(true);
  });

  it('ends every stream on close()', async () => {
    const s = await start();
    const streams = await Promise.all([openStream(s), openStream(s)]);
    expect(streams.map((stream) => [stream.status, stream.res.complete])).toEqual([
      [200, false],
      [200, false],
    ]);
    await s.close();
    studio = null;
    await Promise.all(streams.map((stream) => stream.ended));
    for (const stream of streams) expect(stream.res.complete).toBe(true);
  });

  it('refuses streams beyond the cap with 429 and frees a place when a tab goes away', async () => {
    const s = await start({ maxEventStreams: 2 });
    const a = await openStream(s);
    const b = await openStream(s);
    const third = await openStream(s);
    expect([a.status, b.status, third.status]).toEqual([200, 200, 429]);
    a.res.destroy();
    await expect.poll(async () => {
      const next = await openStream(s);
      if (next.status !== 200) await next.ended;
      return next.status;
    }).toBe(200);
    expect(b.res.complete).toBe(false);
  });

  it('sends a comment heartbeat to a quiet stream', async () => {
    const s = await start({ heartbeatMs: 30 });
    const stream = await openStream(s);
    await expect.poll(() => stream.text().split(': ping\n\n').length - 1, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
  });

  it('refuses a malformed client id with 400 and changes nothing; a well-formed one is kept in the change set', async () => {
    const s = await start();
    await api(s, 'project.create', { path: 'Clients' });
    for (const id of ['short', 'x'.repeat(65), 'has space in it', 'semi;colon-123', 'caf\u00e9-latte-01', '../../etc-pass', 'a,b,c,d,e,f,g,h']) {
      const r = await api(s, 'persona.create', { name: 'Intruder' }, { 'x-studio-client': id });
      expect(r.status, id).toBe(400);
      expect(JSON.parse(r.body).ok).toBe(false);
    }
    const list = JSON.parse((await api(s, 'persona.list', {})).body) as { value: unknown[] };
    expect(list.value).toEqual([]);
    const id = crypto.randomUUID();
    const made = JSON.parse((await api(s, 'persona.create', { name: 'Ola' }, { 'x-studio-client': id })).body) as { changes: ChangeSet };
    expect(made.changes.clientId).toBe(id);
    const anonymous = JSON.parse((await api(s, 'persona.create', { name: 'Ela' })).body) as { changes: ChangeSet };
    expect(anonymous.changes.clientId).toBeNull();
  });

  it('drops a stream whose reader falls behind and keeps serving the one that reads', async () => {
    // A publisher standing in for the dispatcher, so the test can outrun a reader with big events.
    const listeners = new Set<(e: StudioEvent) => void>();
    const streams = createEventStreams(
      { subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) },
      { maxBufferedBytes: 256 * 1024 },
    );
    const server = createServer((_req, res) => void streams.open(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const connect = () =>
      new Promise<IncomingMessage>((resolve) => request({ host: '127.0.0.1', port, path: '/' }, resolve).end());
    try {
      const reading = await connect();
      let read = 0;
      reading.on('data', (c: Buffer) => (read += c.length));
      const stalled = await connect();
      stalled.pause();
      let stalledEnded = false;
      stalled.socket.on('close', () => (stalledEnded = true));
      await vi.waitFor(() => expect(listeners.size).toBe(2));
      const big = { type: 'note.update', payload: { interviewId: 'i', update: 'x'.repeat(64 * 1024), origin: null } } as const;
      for (let i = 0; i < 200 && listeners.size === 2; i++) {
        for (const l of [...listeners]) l(big);
        await new Promise((r) => setTimeout(r, 2));
      }
      expect(streams.count()).toBe(1);
      expect(listeners.size).toBe(1);
      // Once it reads again, the dropped reader finds its stream cut off after what was buffered.
      stalled.resume();
      await vi.waitFor(() => expect(stalledEnded).toBe(true));
      for (const l of [...listeners]) l(big);
      await vi.waitFor(() => expect(read).toBeGreaterThan(64 * 1024 * 2));
    } finally {
      streams.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
