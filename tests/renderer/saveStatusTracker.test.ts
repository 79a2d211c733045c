import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, SaveStatusTracker, type SaveState } from '../../renderer/app/saveStatusTracker';
import { ApiError } from '../../renderer/transport/ApiError';

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

  it('a refused write whose caller shows the stored state again leaves the project "saved", never "not saved"', async () => {
    const refused = tracker.track(Promise.reject(new ApiError('conflict', 'A tag with this name exists')), () => 'clash', { refusalLeavesNothingUnsaved: true });
    await expect(refused).rejects.toThrow('A tag with this name exists');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('a refused write stays "saving" while another write is in flight, and settles with it', async () => {
    const slow = deferred();
    const slowTracked = tracker.track(slow.promise, () => 'x');
    await expect(tracker.track(Promise.reject(new ApiError('invalid_input', 'bad')), () => 'bad', { refusalLeavesNothingUnsaved: true })).rejects.toThrow();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(tracker.current.kind).toBe('saving');
    slow.resolve();
    await slowTracked;
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'saved']);
  });

  it('says "not saved" for a refusal whose caller keeps the refused change, and for failures that are not refusals', async () => {
    // The note editor keeps words the core refused: they are unsaved.
    await expect(tracker.track(Promise.reject(new ApiError('invalid_input', 'too long')), (e) => (e as Error).message)).rejects.toThrow();
    expect(tracker.current).toEqual({ kind: 'failed', message: 'too long' });
    await tracker.track(Promise.resolve(), () => 'x');
    // A host that is gone or a disk that fails is not a refusal: whether the write landed is unknown.
    for (const code of ['unreachable', 'internal', 'read_only'] as const) {
      const failing = tracker.track(Promise.reject(new ApiError(code, code)), (e) => (e as Error).message, { refusalLeavesNothingUnsaved: true });
      await expect(failing).rejects.toThrow();
      expect(tracker.current).toEqual({ kind: 'failed', message: code });
    }
  });

  it('a refused write does not hide an earlier failure that no write has made good', async () => {
    await expect(tracker.track(Promise.reject(new Error('disk full')), () => 'disk full')).rejects.toThrow();
    await expect(tracker.track(Promise.reject(new ApiError('conflict', 'clash')), () => 'clash', { refusalLeavesNothingUnsaved: true })).rejects.toThrow();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(tracker.current).toEqual({ kind: 'failed', message: 'disk full' });
    expect(reports.map((s) => s.kind)).toEqual(['saving', 'failed', 'saving', 'failed']);
  });

  it('asks a caller that takes back only some refusals about each one', async () => {
    // The note editor: a conflict shows the stored note again; refused words stay unsaved.
    const onlyConflicts = (e: unknown) => (e as ApiError).code === 'conflict';
    await expect(tracker.track(Promise.reject(new ApiError('conflict', 'clash')), () => 'clash', { refusalLeavesNothingUnsaved: onlyConflicts })).rejects.toThrow();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(tracker.current.kind).toBe('saved');
    await expect(tracker.track(Promise.reject(new ApiError('invalid_input', 'too long')), () => 'too long', { refusalLeavesNothingUnsaved: onlyConflicts })).rejects.toThrow();
    expect(tracker.current).toEqual({ kind: 'failed', message: 'too long' });
  });
});
