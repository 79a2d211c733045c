/** When a field is looked at: a pause in typing, the field left (blur, Enter), or the page going away. */
export type FieldMoment = 'pause' | 'leave' | 'exit';

/** A field's value to write, or why none is: it fails its check, or it is still being typed (a date half-way through). */
export type FieldCheck<V> = { value: V } | 'invalid' | 'unfinished';

export interface FieldAutosaverOptions<F extends string, V> {
  fields: readonly F[];
  pauseMs: number;
  /** Called at each moment for the fields concerned; it also shows or clears the field's problem. */
  check(field: F, moment: FieldMoment): FieldCheck<V>;
  /** The field's value in the project file, as far as the page knows. */
  stored(field: F): V;
  /**
   * Writes the values; settles once the answer is known (and `stored` reflects it). Calls `leaves`
   * when the request leaves the page, which may be later: writes wait for the one before them.
   */
  write(values: Partial<Record<F, V>>, onExit: boolean, leaves: () => void): Promise<unknown>;
  /**
   * True from the first edit not yet sent until every edit is sent, refused by its check, or undone;
   * `wrote` tells whether the end of the wait handed a write over, or left the project as it was.
   */
  onWaiting(waiting: boolean, wrote: boolean): void;
}

/**
 * Saves a form's fields behind the typist: a pause in typing saves what was typed, leaving a field
 * saves it at once, and the page going away sends what is still unsent. A value is written only if
 * it passes its check and differs from what is stored or already on its way.
 */
export class FieldAutosaver<F extends string, V> {
  /** Edited since they were last checked, or still being typed. */
  private readonly unsent = new Set<F>();
  /** The latest value sent per field, until its answer comes back. */
  private readonly sending = new Map<F, { value: V; write: number; left: boolean }>();
  private writes = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting = false;

  constructor(private readonly options: FieldAutosaverOptions<F, V>) {}

  edited(field: F): void {
    this.unsent.add(field);
    this.setWaiting(true, false);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send([...this.unsent], 'pause', false);
    }, this.options.pauseMs);
  }

  left(field: F): void {
    this.send([field], 'leave', false);
  }

  /**
   * The page is going away (or hidden, which may be the last the page hears): every field whose
   * value is ready goes now, a field that failed to save included, in a request that outlives the page.
   */
  exit(keepalive = true): void {
    this.send(this.options.fields, 'exit', keepalive);
  }

  /** The form goes while the page stays: what is ready is written; a half-typed date is given up. */
  stop(): void {
    this.exit(false);
    clearTimeout(this.timer);
    this.unsent.clear();
    this.setWaiting(false, false);
  }

  private send(fields: readonly F[], moment: FieldMoment, onExit: boolean): void {
    const values: Partial<Record<F, V>> = {};
    const sent: F[] = [];
    for (const field of fields) {
      const checked = this.options.check(field, moment);
      if (checked === 'unfinished') continue;
      // Leaving the page shows no message, so a value that fails its check waits for the pause that shows it.
      if (checked === 'invalid' && moment === 'exit') continue;
      this.unsent.delete(field);
      if (checked === 'invalid' || !this.differs(field, checked.value, moment)) continue;
      values[field] = checked.value;
      sent.push(field);
    }
    if (sent.length > 0) {
      const write = ++this.writes;
      const entries = sent.map((field) => {
        const entry = { value: values[field] as V, write, left: false };
        this.sending.set(field, entry);
        return entry;
      });
      void this.options
        .write(values, onExit, () => entries.forEach((entry) => (entry.left = true)))
        .catch(() => undefined)
        .finally(() => {
          for (const field of sent) if (this.sending.get(field)?.write === write) this.sending.delete(field);
        });
    }
    // After the write has been handed to the save indicator, so that it does not say "saved" in between.
    if (this.unsent.size === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.setWaiting(false, sent.length > 0);
    }
  }

  private differs(field: F, value: V, moment: FieldMoment): boolean {
    // A write still waiting for its turn would not leave a page that is going away: it goes again now.
    const onItsWay = this.sending.get(field);
    return onItsWay && (onItsWay.left || moment !== 'exit') ? onItsWay.value !== value : this.options.stored(field) !== value;
  }

  private setWaiting(waiting: boolean, wrote: boolean): void {
    if (this.waiting === waiting) return;
    this.waiting = waiting;
    this.options.onWaiting(waiting, wrote);
  }
}
