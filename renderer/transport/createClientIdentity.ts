import { isClientId } from '../../shared/live/clientId';

export const CLIENT_STORAGE_KEY = 'journey-studio.client';

type Store = Pick<Storage, 'getItem' | 'setItem'>;
type Claim = { type: 'hello' | 'taken'; id: string };

export interface ClientIdentity {
  /** This window's id: the same after a reload of the tab, another in every other tab. */
  id(): string;
  close(): void;
}

const fresh = (): string => crypto.randomUUID();

/**
 * The window's client id lives in sessionStorage, so it survives a reload and the core keeps the
 * window's undo history. A tab duplicated by the browser starts with a copy of that storage, though:
 * the tab that already holds the id answers the newcomer's hello, and the newcomer takes a new one.
 */
export function createClientIdentity(storage: Store | null, channelName = CLIENT_STORAGE_KEY): ClientIdentity {
  let current = '';
  let stored: string | null = null;
  try {
    stored = storage?.getItem(CLIENT_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  const keep = (id: string) => {
    current = id;
    try {
      storage?.setItem(CLIENT_STORAGE_KEY, id);
    } catch {
      // Without storage the id lasts as long as the page, and a reload starts a new history.
    }
  };
  keep(isClientId(stored) ? stored : fresh());

  let channel: BroadcastChannel | null = null;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<Claim>) => {
      const claim = event.data;
      if (!claim || claim.id !== current) return;
      if (claim.type === 'hello') channel?.postMessage({ type: 'taken', id: current } satisfies Claim);
      else if (claim.type === 'taken') keep(fresh());
    };
    channel.postMessage({ type: 'hello', id: current } satisfies Claim);
  }
  return {
    id: () => current,
    close: () => channel?.close(),
  };
}
