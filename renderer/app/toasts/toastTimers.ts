type Handle = ReturnType<typeof setTimeout>;

interface Entry {
  left: number;
  onExpire: () => void;
  since: number;
  handle: Handle | undefined;
}

/**
 * The toasts' timeouts. They stand still, all of them, while the user is in the toast region: a
 * toast pointed at or holding the keys must not close under the user (WCAG 2.2.1), and its
 * neighbours wait too, so the one under the pointer does not slide away as another one goes.
 */
export class ToastTimers {
  private readonly entries = new Map<number, Entry>();
  private held = false;

  start(id: number, ms: number, onExpire: () => void): void {
    this.stop(id);
    this.entries.set(id, { left: ms, onExpire, since: 0, handle: undefined });
    if (!this.held) this.run(id);
  }

  stop(id: number): void {
    clearTimeout(this.entries.get(id)?.handle);
    this.entries.delete(id);
  }

  hold(): void {
    if (this.held) return;
    this.held = true;
    const now = Date.now();
    for (const entry of this.entries.values()) {
      clearTimeout(entry.handle);
      entry.handle = undefined;
      entry.left -= now - entry.since;
    }
  }

  /** Each toast gets the time it had left when the hold began. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    for (const id of this.entries.keys()) this.run(id);
  }

  private run(id: number): void {
    const entry = this.entries.get(id)!;
    entry.since = Date.now();
    entry.handle = setTimeout(() => {
      this.entries.delete(id);
      entry.onExpire();
    }, Math.max(0, entry.left));
  }
}
