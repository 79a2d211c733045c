import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type StudioBridge } from '../../shared/bridge';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'answer' })),
      on: vi.fn((channel: string, l: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(l);
      }),
      removeListener: vi.fn((channel: string, l: (...args: unknown[]) => void) => listeners.get(channel)?.delete(l)),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

async function exposed(): Promise<StudioBridge> {
  await import('../../preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('studio');
  return api as StudioBridge;
}

const emit = (event: string, payload: unknown) => {
  for (const l of electron.listeners.get(IPC_EVENT_CHANNEL) ?? []) l({ sender: electron.ipcRenderer, senderId: 0 }, event, payload);
};

describe('preload bridge (electron mocked: binary unavailable here)', () => {
  it("exposes exactly invoke, on and host 'desktop' as window.studio", async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(['host', 'invoke', 'on']);
    expect(api.host).toBe('desktop');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invoke goes over the invoke channel only, and an IPC failure becomes an error Result', async () => {
    const api = await exposed();
    expect(await api.invoke('persona.list', {})).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, 'persona.list', {}, undefined);
    await api.invoke('persona.create', { name: 'Zofia' }, 'window-a-0001');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, 'persona.create', { name: 'Zofia' }, 'window-a-0001');
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const failed = await api.invoke('persona.create', {});
    expect(failed.ok).toBe(false);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('on() delivers only the named event, only its payload (never the IPC event), and unsubscribes', async () => {
    const api = await exposed();
    const seen: unknown[][] = [];
    const off = api.on('project.changed', (...args: unknown[]) => seen.push(args));
    emit('menu.command', { command: 'newProject' });
    emit('project.changed', { project: null });
    expect(seen).toEqual([[{ project: null }]]);
    off();
    emit('project.changed', { project: null });
    expect(seen).toHaveLength(1);
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size ?? 0).toBe(0);
    expect(electron.ipcRenderer.on.mock.calls.every(([channel]) => channel === IPC_EVENT_CHANNEL)).toBe(true);
  });

  it('many page listeners share one IPC subscription, released when the last one leaves', async () => {
    const api = await exposed();
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on('project.changed', a);
    const offB = api.on('menu.command', b);
    const offA2 = api.on('project.changed', a);
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(1);
    emit('project.changed', 1);
    expect(a).toHaveBeenCalledTimes(2);
    offA();
    offA();
    emit('project.changed', 2);
    expect(a).toHaveBeenCalledTimes(3);
    offA2();
    offB();
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size ?? 0).toBe(0);
    expect(b).not.toHaveBeenCalled();
  });
});
