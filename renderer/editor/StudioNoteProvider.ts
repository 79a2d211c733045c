import type { Provider, ProviderAwareness, UserState } from '@lexical/yjs';
import { applyUpdate, mergeUpdates, type Doc } from 'yjs';

/** How a note's document reaches the core and hears other windows: the studio's own operations and events. */
export interface NoteTransport {
  /** The whole stored document, base64, and which document it is (note.open). */
  open(): Promise<{ state: string; epoch: number }>;
  /** One update of this window's, base64, made in document `epoch` (note.update); resolves once it is stored. */
  send(update: string, epoch: number): Promise<unknown>;
  /** The same, while the page goes away: the request must outlive the page. */
  sendOnExit(update: string, epoch: number): void;
  /** Other windows' updates to this note, base64; the listener is dropped by the returned function. */
  onRemote(listener: (update: string) => void): () => void;
  /** The event stream came back after a break: updates may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void;
}

export interface NoteProviderOptions {
  /** The most typing waits before it is sent: several keystrokes travel as one update. */
  batchMs?: number;
  retryMs?: number;
  /** True from the first unsent change until the core has stored every change. */
  onPending(pending: boolean): void;
  /** A send failed; it is kept and sent again. */
  onError(error: unknown): void;
  /** The core refused for good (the note was replaced or deleted meanwhile): the page reads the note again. */
  isFinal(error: unknown): boolean;
  onFinal(error: unknown): void;
}

export const BATCH_MS = 150;
const RETRY_MS = 2_000;

export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Listener = (...args: never[]) => void;

/** The note was replaced whole while this window was away: its document is not the note any more. */
export class NoteReplaced extends Error {
  constructor() {
    super('The note was replaced by another document.');
    this.name = 'NoteReplaced';
  }
}

/** Awareness kept to this window: the studio shows no one else's caret, but the binding asks for one. */
class LocalAwareness implements ProviderAwareness {
  private state: UserState | null = null;
  private readonly listeners = new Set<() => void>();
  getLocalState = () => this.state;
  // No one's state to draw a caret for: not even this window's, which the binding would take for another's.
  getStates = () => new Map<number, UserState>();
  setLocalState = (state: UserState | null) => {
    this.state = state;
  };
  setLocalStateField = (field: string, value: unknown) => {
    if (this.state) this.state = { ...this.state, [field]: value };
  };
  on = (_type: 'update', cb: () => void) => void this.listeners.add(cb);
  off = (_type: 'update', cb: () => void) => void this.listeners.delete(cb);
}

/**
 * The Yjs provider of one opened note over the studio's transport. Local changes (the editor's, and
 * its undo manager's) are gathered and sent as one update at most every `batchMs`, one request at a
 * time; a failed send is kept and retried, so what the indicator calls saved is what the core stored.
 * Other windows' updates arrive as events and are applied with this provider as their origin, which
 * the editor's undo manager does not track: Ctrl+Z undoes this window's typing only.
 */
export class StudioNoteProvider implements Provider {
  readonly awareness = new LocalAwareness();
  private readonly listeners = new Map<string, Set<Listener>>();
  private queue: Uint8Array[] = [];
  private inFlight: Promise<void> | null = null;
  /** What the request in flight carries: a page that goes away aborts it, so it is sent again on exit. */
  private sending: Uint8Array | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stops: (() => void)[] = [];
  private connected = false;
  private pending = false;
  private failed = false;
  /** The document this window holds, as note.open named it; null until it is in. */
  private epoch: number | null = null;
  /** Refused for good: the page reads the note again, once, and nothing more is sent from here. */
  private ended = false;

  constructor(
    readonly doc: Doc,
    private readonly transport: NoteTransport,
    private readonly options: NoteProviderOptions,
  ) {}

  get hasUnsaved(): boolean {
    return this.queue.length > 0 || this.inFlight !== null;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    this.connected = true;
    this.doc.on('update', this.onDocUpdate);
    this.stops.push(
      () => this.doc.off('update', this.onDocUpdate),
      this.transport.onRemote((update) => this.receive(fromBase64(update))),
      this.transport.onReconnect(
        () =>
          void this.load().catch((e: unknown) => {
            if (this.options.isFinal(e)) this.end(e);
            else this.options.onError(e);
          }),
      ),
    );
    // Until the document is in, the editor shows nothing and takes no keys: a failed open is tried again.
    for (;;) {
      try {
        await this.load();
        break;
      } catch (e) {
        if (this.options.isFinal(e)) return this.end(e);
        this.options.onError(e);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs ?? RETRY_MS));
        if (!this.connected) return;
      }
    }
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    for (const stop of this.stops.splice(0)) stop();
    void this.flush();
  }

  on(type: string, cb: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(cb);
  }

  off(type: string, cb: Listener): void {
    this.listeners.get(type)?.delete(cb);
  }

  /** Sends what is unsent now and resolves once the core has stored it (or the send failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.queue.length || this.ended) return;
    const update = this.queue.length === 1 ? this.queue[0]! : mergeUpdates(this.queue);
    this.queue = [];
    this.sending = update;
    const run = this.transport.send(toBase64(update), this.epoch!).then(
      () => {
        this.failed = false;
      },
      (e: unknown) => {
        if (this.options.isFinal(e)) return this.end(e);
        // Kept, ahead of what was typed since, and sent again in a while.
        this.queue.unshift(update);
        this.failed = true;
        this.options.onError(e);
        // A closed note is sent once more as it closes, not retried behind the page's back.
        if (this.connected) this.schedule(this.options.retryMs ?? RETRY_MS);
      },
    );
    this.inFlight = run.finally(() => {
      this.inFlight = null;
      this.sending = null;
      if (!this.queue.length) this.setPending(false);
      else if (!this.timer && !this.failed) this.schedule(0);
    });
    await this.inFlight;
  }

  /**
   * The page is going away: what is unsent goes at once, by a request that outlives the page. The
   * request in flight dies with the page, so its update goes again too; the core applying an
   * update twice changes nothing, while a lost one would hold back every later one.
   */
  flushOnExit(): void {
    if (this.ended) return;
    const parts = this.sending ? [this.sending, ...this.queue] : this.queue;
    if (!parts.length) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const update = mergeUpdates(parts);
    this.queue = [];
    this.transport.sendOnExit(toBase64(update), this.epoch!);
  }

  /** The note was replaced or deleted: what is unsent cannot go anywhere, and the page is told once. */
  private end(error: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    this.options.onFinal(error);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.ended) return;
    this.queue.push(update);
    this.setPending(true);
    if (!this.timer && !this.failed) this.schedule(this.options.batchMs ?? BATCH_MS);
  };

  /** Reads the stored document into this one: at first, and after a break in the events, to catch up. */
  private async load(): Promise<void> {
    const { state, epoch } = await this.transport.open();
    if (this.epoch !== null && epoch !== this.epoch) throw new NoteReplaced();
    this.epoch = epoch;
    this.receive(fromBase64(state));
  }

  private receive(update: Uint8Array): void {
    applyUpdate(this.doc, update, this);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.failed = false;
      void this.flush();
    }, delay);
  }

  private setPending(pending: boolean): void {
    if (this.pending === pending) return;
    this.pending = pending;
    this.options.onPending(pending);
  }

  private emit(type: string, ...args: unknown[]): void {
    for (const cb of this.listeners.get(type) ?? []) (cb as (...a: unknown[]) => void)(...args);
  }
}
