import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastTimers } from '../../renderer/app/toasts/toastTimers';

describe('ToastTimers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes a toast after its time', () => {
    const timers = new ToastTimers();
    const closed = vi.fn();
    timers.start(1, 1000, closed);
    vi.advanceTimersByTime(999);
    expect(closed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('stands still while held and goes on with the time that was left', () => {
    const timers = new ToastTimers();
    const closed = vi.fn();
    timers.start(1, 1000, closed);
    vi.advanceTimersByTime(400);
    timers.hold();
    vi.advanceTimersByTime(60_000);
    expect(closed).not.toHaveBeenCalled();
    timers.release();
    vi.advanceTimersByTime(599);
    expect(closed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('starts a toast shown during a hold only when the hold ends', () => {
    const timers = new ToastTimers();
    const closed = vi.fn();
    timers.hold();
    timers.start(2, 1000, closed);
    vi.advanceTimersByTime(5000);
    expect(closed).not.toHaveBeenCalled();
    timers.release();
    vi.advanceTimersByTime(1000);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('forgets a stopped toast, and a second hold or release changes nothing', () => {
    const timers = new ToastTimers();
    const first = vi.fn();
    const second = vi.fn();
    timers.start(1, 1000, first);
    timers.start(2, 1000, second);
    timers.stop(1);
    timers.hold();
    vi.advanceTimersByTime(300);
    timers.hold();
    timers.release();
    timers.release();
    vi.advanceTimersByTime(999);
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
  });
});
