export interface SaveAnswer {
  notesVersion: number;
  detachedHighlightIds?: string[];
}

export interface AutosaverOptions<P> {
  version: number;
  /** The note as it is now; called only when a save starts, never per keystroke. */
  read(): P;
  save(payload: P, baseVersion: number): Promise<SaveAnswer>;
  /** Sent while the page goes away: the request must outlive the page. */
  saveOnExit(payload: P, baseVersion: number): Promise<SaveAnswer>;
  onSaved(answer: SaveAnswer): void;
  onError(error: unknown): void;
  /** Called with true from the first unsaved change until everything is on disk. */
  onPending(pending: boolean): void;
}

/** Idle time after the last keystroke before saving, and the most a save may lag behind typing. */
export const IDLE_MS = 250;
export const MAX_LAG_MS = 300;
const RETRY_MS = 2_000;

/**
 * Saves a note behind the typist: on a short pause, and at least every MAX_LAG_MS while typing
 * goes on. One save is in flight at a time; the next starts from the version the previous one
 * returned, which is what the core checks to spot another window's save.
 */
export class NotesAutosaver<P> {
  private version: number;
  private dirty = false;
  private firstDirtyAt = 0;
  private timer: number | undefined;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private pending = false;

  constructor(private readonly options: AutosaverOptions<P>) {
    this.version = options.version;
  }

  get notesVersion(): number {
    return this.version;
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  changed(): void {
    if (this.stopped) return;
    const now = performance.now();
    if (!this.dirty) this.firstDirtyAt = now;
    this.dirty = true;
    this.setPending(true);
    this.schedule(Math.min(IDLE_MS, Math.max(0, this.firstDirtyAt + MAX_LAG_MS - now)));
  }

  /** Saves whatever is unsaved and resolves once it is on disk (or failed). */
  async flush(): Promise<void> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    // One attempt: a failing disk must not turn closing an interview into an endless loop.
    if (this.inFlight) await this.inFlight;
    if (this.dirty) await this.start();
    if (this.inFlight) await this.inFlight;
  }

  /**
   * Runs a write that carries the whole note itself (creating a highlight saves the note too), in
   * the same queue as saves so the versions stay in order.
   */
  async exclusive<T extends SaveAnswer>(write: (baseVersion: number) => Promise<T>): Promise<T> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    this.dirty = false;
    this.setPending(true);
    let result!: T;
    const run = write(this.version).then(
      (answer) => {
        result = answer;
        this.version = Math.max(this.version, answer.notesVersion);
      },
      // The words this write was to carry are still unsaved: they go with the next save, as after a failed save.
      (e: unknown) => this.keepUnsaved(e),
    );
    this.inFlight = run
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = null;
        if (!this.dirty) this.setPending(false);
      });
    await run;
    return result;
  }

  /**
   * The page is going away: send what is unsaved at once. A save still in flight will have bumped
   * the version by one when this one arrives, so this one is based on that.
   */
  flushOnExit(): void {
    if (!this.dirty || this.stopped) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const base = this.inFlight ? this.version + 1 : this.version;
    this.dirty = false;
    this.options.saveOnExit(this.options.read(), base).then(
      (answer) => {
        this.version = Math.max(this.version, answer.notesVersion);
        this.options.onSaved(answer);
        if (!this.dirty && !this.inFlight) this.setPending(false);
      },
      (e: unknown) => this.options.onError(e),
    );
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.timer);
  }

  /**
   * Another window saved the note meanwhile: the page reloads it, and what is unsaved here is
   * given up rather than sent again on leaving, which would only be refused again.
   */
  abandon(): void {
    this.stop();
    this.dirty = false;
  }

  /** A write failed: what it carried is unsaved again and is retried in a while. Rethrows. */
  private keepUnsaved(e: unknown): never {
    this.dirty = true;
    this.options.onError(e);
    if (!this.stopped) this.schedule(RETRY_MS);
    throw e;
  }

  private schedule(delay: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.start();
    }, delay);
  }

  private async start(): Promise<void> {
    if (this.stopped && !this.dirty) return;
    if (this.inFlight) {
      // The next save starts when this one answers, from the version it returns.
      await this.inFlight;
      if (this.dirty && !this.timer) this.schedule(0);
      return;
    }
    if (!this.dirty) return;
    this.dirty = false;
    const run = this.options.save(this.options.read(), this.version).then(
      (answer) => {
        this.version = Math.max(this.version, answer.notesVersion);
        this.options.onSaved(answer);
      },
      (e: unknown) => this.keepUnsaved(e),
    );
    this.inFlight = run
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = null;
        if (this.dirty) {
          if (!this.timer && !this.stopped) this.schedule(Math.max(0, this.firstDirtyAt + MAX_LAG_MS - performance.now()));
        } else this.setPending(false);
      });
    await this.inFlight;
  }

  private setPending(pending: boolean): void {
    if (this.pending === pending) return;
    this.pending = pending;
    this.options.onPending(pending);
  }
}
