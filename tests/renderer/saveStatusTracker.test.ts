import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, SaveStatusTracker, type SaveState } from '../../renderer/app/saveStatusTracker';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SaveStatusTracker', () => {
  let reports: SaveState[];
  let tracker: SaveStatusTracker;
  beforeEach(() => {
    vi.useFakeTimers();
    reports = [];
    tracker = new SaveStatusTracker((state) => reports.push(state));
  });
  afterEach(() => vi.useRealTimers());

  it('says "saved" only once nothing has been written for a while', async () => {
    const write = deferred();
    const tracked = tracker.track(write.promise, () => 'x');
    expect(reports.map((s) => s.kind)).toEqual(['saving']);
    write.resolve();
    await tracked;
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(tracker.current.kind).toBe('saving');
    vi.advanceTimersByTime(1);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('stays "saving", without a report, through saves that follow each other while typing goes on', async () => {
    for (let i = 0; i < 10; i++) {
      await tracker.track(Promise.resolve(i), () => 'x');
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(reports.map((s) => s.kind)).toEqual(['saving']);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('waits for every write in flight, not just the last one answered', async () => {
    const slow = deferred();
    const slowTracked = tracker.track(slow.promise, () => 'x');
    await tracker.track(Promise.resolve(), () => 'x');
    vi.advanceTimersByTime(SETTLE_MS * 3);
    expect(tracker.current.kind).toBe('saving');
    slow.resolve();
    await slowTracked;
    vi.advanceTimersByTime(SETTLE_MS);
    expect(tracker.current.kind).toBe('saved');
  });

  it('reports a failure at once and keeps it until a later write succeeds', async () => {
    const done = tracker.track(Promise.reject(new Error('disk full')), (e) => (e as Error).message);
    await expect(done).rejects.toThrow('disk full');
    expect(tracker.current).toEqual({ kind: 'failed', message: 'disk full' });
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(tracker.current.kind).toBe('failed');
    await tracker.track(Promise.resolve(), () => 'x');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  it('a failure cancels a "saved" that was about to be said', async () => {
    await tracker.track(Promise.resolve(), () => 'x');
    const failing = tracker.track(Promise.reject(new Error('gone')), () => 'gone');
    await expect(failing).rejects.toThrow();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(tracker.current).toEqual({ kind: 'failed', message: 'gone' });
  });

  it('tracks through its track function taken on its own, as components destructure it', async () => {
    const { track } = tracker;
    await track(Promise.resolve(), () => 'x');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('on dispose drops a "saved" about to be said, and stays usable, as React may mount its provider again', async () => {
    await tracker.track(Promise.resolve(), () => 'x');
    tracker.dispose();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(reports.map((s) => s.kind)).toEqual(['saving']);
    await tracker.track(Promise.resolve(), () => 'x');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });
});
