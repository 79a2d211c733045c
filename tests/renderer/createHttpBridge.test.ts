import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../renderer/transport/createHttpBridge';

/**
 * Stand-ins for what Node does not have: a Web Worker (this one records the jobs it is given and
 * answers when told) and the page's fetch() of a relative URL (this one records and answers 200).
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  jobs: { id: number; url: string; token: string; input: unknown; clientId?: string }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(job: { id: number; url: string; token: string; input: unknown; clientId?: string }) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  ready() {
    this.onmessage?.({ data: { ready: true } });
  }
  answer(id: number, value: unknown) {
    this.onmessage?.({ data: { id, status: 200, text: JSON.stringify({ ok: true, value }) } });
  }
}

let pageFetches: { url: string; body: string }[];

beforeEach(() => {
  FakeWorker.made = [];
  pageFetches = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', async (url: string, init: { body: string }) => {
    pageFetches.push({ url, body: init.body });
    return new Response(JSON.stringify({ ok: true, value: 'from the page' }), { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('createHttpBridge', () => {
  it('sends a small request from the page until the worker is asked for', async () => {
    const bridge = createHttpBridge('token');
    expect(await bridge.invoke('persona.list', {})).toEqual({ ok: true, value: 'from the page' });
    expect(FakeWorker.made).toHaveLength(0);
    expect(pageFetches.map((f) => f.url)).toEqual(['/api/persona.list']);
  });

  it('once the worker is started, sends even a small request from it and returns its answer', async () => {
    const bridge = createHttpBridge('token');
    bridge.startSendWorker();
    const worker = FakeWorker.made[0]!;
    worker.ready();
    const answer = bridge.invoke('interview.saveNotes', { id: 'a', notes: 'x' }, 'tab-a-00000001');
    expect(worker.jobs).toEqual([{ id: 0, url: '/api/interview.saveNotes', token: 'token', input: { id: 'a', notes: 'x' }, clientId: 'tab-a-00000001' }]);
    worker.answer(0, { notesVersion: 2 });
    expect(await answer).toEqual({ ok: true, value: { notesVersion: 2 } });
    expect(pageFetches).toEqual([]);
    bridge.startSendWorker();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('sends the waiting requests again from the page when the worker fails before it ran', async () => {
    const bridge = createHttpBridge('token');
    bridge.startSendWorker();
    const answer = bridge.invoke('interview.create', { title: 'A' });
    FakeWorker.made[0]!.onerror?.();
    expect(await answer).toEqual({ ok: true, value: 'from the page' });
    expect(pageFetches.map((f) => JSON.parse(f.body) as unknown)).toEqual([{ title: 'A' }]);
  });

  it('reports the waiting requests unreachable, rather than sending them twice, when a worker that ran fails', async () => {
    const bridge = createHttpBridge('token');
    bridge.startSendWorker();
    const worker = FakeWorker.made[0]!;
    worker.ready();
    const answer = bridge.invoke('interview.create', { title: 'A' });
    worker.onerror?.();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(worker.terminated).toBe(true);
    expect(pageFetches).toEqual([]);
    // From then on the page sends its requests itself.
    expect(await bridge.invoke('persona.list', {})).toEqual({ ok: true, value: 'from the page' });
    expect(FakeWorker.made).toHaveLength(1);
  });
});
