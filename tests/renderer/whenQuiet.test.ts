import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { whenQuiet } from '../../renderer/app/whenQuiet';
import { countInFlight, requestsInFlight } from '../../renderer/transport/requestsInFlight';

/** Node has no idle callbacks: this stand-in for the page's requestIdleCallback fires on the next timer turn. */
const idleStandIn = {
  requestIdleCallback: (run: () => void) => setTimeout(run, 0) as unknown as number,
  cancelIdleCallback: (id: number) => clearTimeout(id),
};

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('whenQuiet', () => {
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = idleStandIn;
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    expect(requestsInFlight()).toBe(0);
  });

  it('runs once the page is idle when nothing is in flight', async () => {
    let ran = 0;
    whenQuiet(() => ran++);
    expect(ran).toBe(0);
    await turn();
    expect(ran).toBe(1);
  });

  it('waits for every request in flight, answered or failed, before running', async () => {
    const a = deferred();
    const b = deferred();
    void countInFlight(a.promise);
    countInFlight(b.promise).catch(() => undefined);
    let ran = 0;
    whenQuiet(() => ran++);
    await turn();
    a.resolve();
    await turn();
    expect(ran).toBe(0);
    b.reject(new Error('refused'));
    await turn();
    expect(ran).toBe(1);
  });

  it('waits again for a request sent while it was waiting for the page to be idle', async () => {
    let ran = 0;
    whenQuiet(() => ran++);
    const late = deferred();
    void countInFlight(late.promise);
    await turn();
    expect(ran).toBe(0);
    late.resolve();
    await turn();
    expect(ran).toBe(1);
  });

  it('does not run once cancelled, whether waiting for a request or for idle', async () => {
    const pending = deferred();
    void countInFlight(pending.promise);
    let ran = 0;
    const cancelWhileRequesting = whenQuiet(() => ran++);
    cancelWhileRequesting();
    pending.resolve();
    await turn();
    const cancelWhileIdle = whenQuiet(() => ran++);
    cancelWhileIdle();
    await turn();
    expect(ran).toBe(0);
  });
});
