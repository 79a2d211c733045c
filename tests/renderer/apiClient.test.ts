import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudioBridge } from '../../shared/bridge';
import type { ChangeSet } from '../../shared/live/changeSet';
import { CLIENT_STORAGE_KEY, createClientIdentity } from '../../renderer/transport/createClientIdentity';
import { startStudio, type TestStudio } from '../unit/support/tempStudio';

/** A tab's sessionStorage, which Node lacks (a DOM environment would move the core worker's URL to http:). */
class TabStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  clear = () => this.items.clear();
}
let sessionStorage: TabStorage;
let window: { studio?: StudioBridge; sessionStorage: TabStorage };

let studio: TestStudio;
const seenIds: (string | undefined)[] = [];

/** The desktop bridge's shape over the real dispatch (the preload itself needs Electron). */
async function withCore() {
  studio = await startStudio();
  window.studio = {
    host: 'desktop',
    invoke: (op, input, clientId) => {
      seenIds.push(clientId);
      return studio.dispatcher.dispatch(op, input, clientId);
    },
    on: () => () => undefined,
  };
  await studio.ok('project.create', { path: 'Api' });
}

/** api.ts as a freshly loaded page sees it: module state is the page's, sessionStorage the tab's. */
const loadApi = async () => {
  vi.resetModules();
  return import('../../renderer/api');
};

beforeEach(() => {
  sessionStorage = new TabStorage();
  window = { sessionStorage };
  vi.stubGlobal('window', window);
  seenIds.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('renderer/api client id and answer change sets', () => {
  it('sends one client id with every call, kept in sessionStorage so that a reload of the tab keeps it', async () => {
    await withCore();
    const api = await loadApi();
    const id = api.clientId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sessionStorage.getItem(CLIENT_STORAGE_KEY)).toBe(id);
    expect(api.clientId()).toBe(id);
    let heard: ChangeSet | null = null;
    api.onAnswerChanges((c) => (heard = c));
    await api.invoke('persona.create', { name: 'Zofia' });
    await api.invoke('persona.list', {});
    expect(seenIds).toEqual([id, id]);
    expect(heard!.clientId).toBe(id);

    const reloaded = await loadApi();
    expect(reloaded.clientId()).toBe(id);
    sessionStorage.clear();
    const otherTab = await loadApi();
    expect(otherTab.clientId()).not.toBe(id);
  });

  it('replaces a stored id that is not a well-formed client id', async () => {
    sessionStorage.setItem(CLIENT_STORAGE_KEY, 'x; DROP TABLE');
    const api = await loadApi();
    expect(api.clientId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(sessionStorage.getItem(CLIENT_STORAGE_KEY)).toBe(api.clientId());
  });

  it('hands every answer that carries changes to the listeners before the caller gets its value', async () => {
    await withCore();
    const api = await loadApi();
    const order: string[] = [];
    const sets: ChangeSet[] = [];
    const off = api.onAnswerChanges((c) => {
      order.push(`changes ${c.op}`);
      sets.push(c);
    });
    api.onAnswerChanges(() => {
      throw new Error('a broken store');
    });
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const persona = await api.invoke('persona.create', { name: 'Ola' }).then((p) => {
      order.push('resolved');
      return p;
    });
    await api.invoke('persona.list', {});
    expect(order).toEqual(['changes persona.create', 'resolved']);
    expect(sets[0]!.changes.persona?.added.map((p) => p.id)).toEqual([persona.id]);
    expect(reported).toHaveBeenCalledTimes(1);
    vi.stubGlobal('reportError', undefined);
    off();
    await api.invoke('persona.create', { name: 'Ela' });
    expect(sets).toHaveLength(1);
    await expect(api.invoke('persona.create', { name: 42 } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(sets).toHaveLength(1);
  });

  it('a tab the browser duplicated (same sessionStorage copy) takes a new id; the original keeps its own', async () => {
    const channel = `journey-studio.client.test-${Math.random()}`;
    const original = createClientIdentity(sessionStorage, channel);
    const id = original.id();
    const copied = new Map([[CLIENT_STORAGE_KEY, id]]);
    const copyStorage = { getItem: (k: string) => copied.get(k) ?? null, setItem: (k: string, v: string) => void copied.set(k, v) };
    const duplicate = createClientIdentity(copyStorage, channel);
    expect(duplicate.id()).toBe(id);
    await vi.waitFor(() => expect(duplicate.id()).not.toBe(id));
    expect(original.id()).toBe(id);
    expect(copied.get(CLIENT_STORAGE_KEY)).toBe(duplicate.id());
    expect(sessionStorage.getItem(CLIENT_STORAGE_KEY)).toBe(id);
    original.close();
    duplicate.close();
  });
});
