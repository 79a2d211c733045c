import { createWriteQueue } from './createWriteQueue';

/** One reversible user action; both directions talk to the core, so both may fail. */
export interface UndoEntry {
  /** Shown in tooltips and announced after undo/redo, already translated. */
  readonly label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface UndoSnapshot {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

const LIMIT = 200;

/**
 * The session's undo history. Steps run one after another on a queue: two quick Ctrl+Z presses
 * must undo two actions in order, never race each other against the core.
 */
export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private readonly enqueue = createWriteQueue();
  private readonly listeners = new Set<() => void>();
  private snapshot: UndoSnapshot = this.makeSnapshot();

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.emit();
  }

  /**
   * Records an action whose write to the core is still under way. The screen already shows it, so
   * it can be undone at once: the undo waits for the write to land, then reverses it. An action
   * whose write fails is taken off the history.
   */
  pushPending(entry: UndoEntry, written: Promise<unknown>): void {
    const landed = written.then(
      () => true,
      () => false,
    );
    const pending: UndoEntry = {
      label: entry.label,
      undo: async () => {
        if (await landed) await entry.undo();
      },
      redo: async () => {
        if (await landed) await entry.redo();
      },
    };
    this.push(pending);
    // Queued, so an undo or redo of it already waiting finishes first and cannot put it back.
    void landed.then((ok) => {
      if (!ok) void this.enqueue(async () => this.discard(pending));
    });
  }

  private discard(entry: UndoEntry): void {
    this.done = this.done.filter((e) => e !== entry);
    this.undone = this.undone.filter((e) => e !== entry);
    this.emit();
  }

  /** Resolves with the entry that was undone, or null when there was nothing to undo. */
  undo(): Promise<UndoEntry | null> {
    return this.enqueue(async () => {
      const entry = this.done.pop();
      if (!entry) return null;
      this.emit();
      try {
        await entry.undo();
      } catch (e) {
        this.done.push(entry);
        this.emit();
        throw e;
      }
      this.undone.push(entry);
      this.emit();
      return entry;
    });
  }

  redo(): Promise<UndoEntry | null> {
    return this.enqueue(async () => {
      const entry = this.undone.pop();
      if (!entry) return null;
      this.emit();
      try {
        await entry.redo();
      } catch (e) {
        this.undone.push(entry);
        this.emit();
        throw e;
      }
      this.done.push(entry);
      this.emit();
      return entry;
    });
  }

  /** Undo of one specific entry (an "Undo" button on a toast), even if newer actions followed it. */
  undoEntry(entry: UndoEntry): Promise<UndoEntry | null> {
    return this.enqueue(async () => {
      const index = this.done.lastIndexOf(entry);
      if (index < 0) return null;
      this.done.splice(index, 1);
      this.emit();
      try {
        await entry.undo();
      } catch (e) {
        this.done.splice(index, 0, entry);
        this.emit();
        throw e;
      }
      this.undone.push(entry);
      this.emit();
      return entry;
    });
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): UndoSnapshot => this.snapshot;

  private makeSnapshot(): UndoSnapshot {
    const top = this.done.at(-1);
    const next = this.undone.at(-1);
    return {
      canUndo: top !== undefined,
      canRedo: next !== undefined,
      undoLabel: top?.label ?? null,
      redoLabel: next?.label ?? null,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    this.listeners.forEach((l) => l());
  }
}
