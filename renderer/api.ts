import type { StudioBridge } from '../shared/bridge';
import type { ChangeSet } from '../shared/live/changeSet';
import type { StudioEventName, StudioEvents } from '../shared/live/studioEvents';
import type { OpInput, OpName, OpOutput } from '../shared/operations';
import type { ErrorCode } from '../shared/result';
import { ApiError } from './transport/ApiError';
import { createClientIdentity, type ClientIdentity } from './transport/createClientIdentity';
import { createHttpBridge, type HttpStudioBridge } from './transport/createHttpBridge';
import { countInFlight } from './transport/requestsInFlight';
import { takeSessionToken } from './transport/sessionToken';

export { ApiError, isApiError, isConflict, isNotFound } from './transport/ApiError';
export type { ApiErrorCode } from './transport/ApiError';

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

let bridge: StudioBridge | HttpStudioBridge | null | undefined;
let identity: ClientIdentity | undefined;
const unauthorizedListeners = new Set<() => void>();
const answerListeners = new Set<(changes: ChangeSet) => void>();

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * This window's id, sent with every operation so the core keeps its undo history apart from other
 * windows' and every client can tell its own change sets from others'. It survives a reload of the
 * tab (sessionStorage `journey-studio.client`); another tab, even a duplicated one, gets its own.
 */
export function clientId(): string {
  identity ??= createClientIdentity(sessionStore());
  return identity.id();
}

/**
 * Hears the change set of every successful answer that carries one, before the caller's promise
 * resolves, so the client store holds a window's own changes without every call site passing them on.
 */
export function onAnswerChanges(listener: (changes: ChangeSet) => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

/** The desktop preload bridge when present, otherwise HTTP with the tab's token; null when there is no token. */
export function connect(): StudioBridge | null {
  if (bridge !== undefined) return bridge;
  if (window.studio) bridge = window.studio;
  else {
    const token = takeSessionToken();
    bridge = token ? createHttpBridge(token, { onRefused: () => unauthorizedListeners.forEach((l) => l()) }) : null;
  }
  return bridge;
}

export const hostKind = (): 'desktop' | 'browser' => connect()?.host ?? 'browser';

/** Lets the shell swap to the "open the link again" screen when a stale token is refused. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export async function invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  return call(op, input, false);
}

/**
 * For a last save while the page goes away: over HTTP the request is sent with keepalive so the
 * browser delivers it after the tab is gone; the desktop bridge's IPC needs nothing special.
 */
export async function invokeOnExit<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  return call(op, input, true);
}

async function call<K extends OpName>(op: K, input: OpInput<K>, onExit: boolean): Promise<OpOutput<K>> {
  const b = connect();
  if (!b) throw new ApiError('unauthorized', 'No studio token.');
  let result;
  try {
    const id = clientId();
    result = await countInFlight(onExit && isHttpBridge(b) ? b.invokeKeepalive(op, input, id) : b.invoke(op, input, id));
  } catch (e) {
    throw new ApiError('unreachable', e instanceof Error ? e.message : String(e));
  }
  if (result.ok) {
    if (result.changes) handOver(result.changes);
    return result.value as OpOutput<K>;
  }
  const { code, message, params } = result.error;
  if ((code as string) === 'unauthorized') unauthorizedListeners.forEach((l) => l());
  throw new ApiError(code as ErrorCode, message, params);
}

/**
 * A page that is about to write often while someone types (an open note) asks for its requests to
 * leave the page's thread; the desktop bridge's IPC has nothing to move.
 */
export function sendRequestsOffThePage(): void {
  const b = connect();
  if (b && isHttpBridge(b)) b.startSendWorker();
}

function handOver(changes: ChangeSet): void {
  for (const listener of [...answerListeners]) {
    try {
      listener(changes);
    } catch (e) {
      // The caller's answer does not depend on the store; a broken listener is reported, not thrown at it.
      if (typeof reportError === 'function') reportError(e);
    }
  }
}

const isHttpBridge = (b: StudioBridge): b is HttpStudioBridge => typeof (b as Partial<HttpStudioBridge>).invokeKeepalive === 'function';

/**
 * Events the core pushes to every window (StudioEvents): over IPC in the desktop app, over the
 * host's event stream in the browser, where 'stream.open' also says the stream (re)opened.
 */
export function onStudioEvent<K extends StudioEventName>(event: K, listener: (payload: StudioEvents[K]) => void): () => void {
  return connect()?.on(event, listener) ?? (() => {});
}
