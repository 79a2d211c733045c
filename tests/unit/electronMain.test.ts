import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { APP_ENTRY_URL } from '../../main/electron/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/contentSecurityPolicy';
import type { BrowserWindowConstructorOptions } from 'electron';
import { tempDir } from './support/tempStudio';

type Fn = (...args: never[]) => unknown;

/** Just enough of Electron's main-process API to run main.ts's wiring, recording every call. */
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Fn>();
  const windows: { options: unknown; loaded: string[]; contents: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean } }[] = [];
  const sessionHandlers: Record<string, Fn> = {};
  const state = { lock: true, ready: null as null | (() => void) };
  const dispatched: unknown[][] = [];
  const subscribers = new Set<(event: { type: string; payload: unknown }) => void>();
  const dispatcher = {
    dispatch: vi.fn(async (op: string, input: unknown, clientId?: string) => {
      dispatched.push(clientId === undefined ? [op, input] : [op, input, clientId]);
      if (op === 'app.settings') return { ok: true, value: { lang: 'pl', theme: 'system' } };
      if (op === 'project.open') {
        const project = { path: (input as { path: string }).path };
        // As the core does: a project that opened is published to every subscriber.
        for (const l of subscribers) l({ type: 'project.changed', payload: { project } });
        return { ok: true, value: project };
      }
      return { ok: true, value: null };
    }),
    subscribe: vi.fn((l: (event: { type: string; payload: unknown }) => void) => {
      subscribers.add(l);
      return () => subscribers.delete(l);
    }),
    close: vi.fn(async () => {}),
  };
  const instances: BrowserWindow[] = [];
  class BrowserWindow {
    static getAllWindows = () => instances;
    webContents = { send: vi.fn(), isDestroyed: () => false };
    constructor(options: unknown) {
      calls.push('new BrowserWindow');
      instances.push(this);
      windows.push({ options, loaded: [], contents: this.webContents });
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    loadURL(url: string) {
      windows.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      on: vi.fn((name: string, l: Fn) => appListeners.set(name, l)),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      requestSingleInstanceLock: vi.fn(() => {
        calls.push('requestSingleInstanceLock');
        return state.lock;
      }),
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      getLocale: () => 'pl-PL',
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
    },
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, _listener: Fn) => calls.push(`ipcMain.handle ${channel}`)) },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => calls.push(`protocol.handle ${scheme}`)),
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (l: Fn) => (sessionHandlers.headers = l),
          onBeforeRequest: (l: Fn) => (sessionHandlers.before = l),
        },
        setPermissionRequestHandler: (l: Fn) => (sessionHandlers.request = l),
        setPermissionCheckHandler: (l: Fn) => (sessionHandlers.check = l),
        setDevicePermissionHandler: (l: Fn) => (sessionHandlers.device = l),
      },
    },
    shell: { openExternal: vi.fn() },
  };
  return { calls, appListeners, windows, instances, sessionHandlers, state, dispatched, subscribers, dispatcher, electron, createDispatcher: vi.fn((_o: unknown) => dispatcher) };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../main/core/dispatch', () => ({ createDispatcher: fake.createDispatcher }));

const savedArgv = process.argv;
const savedHome = process.env.JOURNEY_STUDIO_HOME;

async function startMain(argv: string[] = ['electron', '/app']) {
  process.argv = argv;
  await import('../../main/electron/main');
  fake.state.ready!();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled());
}

describe('desktop main process wiring (electron mocked: binary unavailable here)', () => {
  beforeEach(() => {
    vi.resetModules();
    process.env.JOURNEY_STUDIO_HOME = tempDir();
    fake.calls.length = 0;
    fake.windows.length = 0;
    fake.instances.length = 0;
    fake.dispatched.length = 0;
    fake.subscribers.clear();
    fake.appListeners.clear();
    fake.state.lock = true;
    fake.state.ready = null;
    vi.clearAllMocks();
  });
  afterEach(() => {
    process.argv = savedArgv;
    if (savedHome === undefined) delete process.env.JOURNEY_STUDIO_HOME;
    else process.env.JOURNEY_STUDIO_HOME = savedHome;
  });

  it('registers the privileged scheme and the sandbox before ready, then hardens, serves and loads the app', async () => {
    await startMain();
    const order = fake.calls;
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('protocol.handle app'));
    expect(order).toContain('enableSandbox');
    expect(order.indexOf(`ipcMain.handle ${IPC_INVOKE_CHANNEL}`)).toBeLessThan(order.indexOf('new BrowserWindow'));
    expect(fake.electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(fake.electron.protocol.registerSchemesAsPrivileged.mock.calls[0]).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
    const win = fake.windows[0]!;
    const prefs = (win.options as BrowserWindowConstructorOptions).webPreferences!;
    expect(prefs.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect((win.options as BrowserWindowConstructorOptions).show).toBe(false);
    expect(win.loaded).toEqual([APP_ENTRY_URL]);
    const callback = vi.fn();
    fake.sessionHandlers.headers!({ responseHeaders: {} } as never, callback as never);
    expect(callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(fake.sessionHandlers.check!(...([null, 'media', 'app://studio', {}] as never[]))).toBe(false);
    for (const event of ['open-file', 'second-instance', 'web-contents-created', 'window-all-closed', 'will-quit']) {
      expect(fake.appListeners.has(event), event).toBe(true);
    }
  });

  it('builds the menu in the saved language and wires the real dispatcher options', async () => {
    await startMain();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label: string }[];
    expect(template.map((m) => m.label)).toContain('Plik');
    const options = fake.createDispatcher.mock.calls[0]![0] as { workerUrl: URL; hostHandlers: object; defaultLang: string };
    expect(options.workerUrl.href).toMatch(/\/worker\.js$/);
    expect(Object.keys(options.hostHandlers)).toEqual(['app.dialog']);
    expect(options.defaultLang).toBe('pl');
  });

  it('the registered IPC handler refuses foreign frames and forwards ours', async () => {
    await startMain();
    const handler = fake.electron.ipcMain.handle.mock.calls[0]![1] as unknown as (e: unknown, op: unknown, input: unknown) => Promise<{ ok: boolean }>;
    const foreign = await handler({ senderFrame: { url: 'https://example.com/', parent: null } }, 'app.recent', {});
    expect(foreign.ok).toBe(false);
    expect(fake.dispatched.some(([op]) => op === 'app.recent')).toBe(false);
    const ours = await handler({ senderFrame: { url: 'app://studio/index.html', parent: null } }, 'app.recent', {});
    expect(ours.ok).toBe(true);
    expect(fake.dispatched.some(([op]) => op === 'app.recent')).toBe(true);
  });

  it('passes a well-formed client id from the renderer to dispatch and drops a malformed one', async () => {
    await startMain();
    const handler = fake.electron.ipcMain.handle.mock.calls[0]![1] as unknown as (e: unknown, ...args: unknown[]) => Promise<{ ok: boolean }>;
    const frame = { senderFrame: { url: 'app://studio/index.html', parent: null } };
    await handler(frame, 'persona.list', {}, 'window-a-0001');
    await handler(frame, 'persona.list', { bad: 1 }, 'bad id; drop table');
    await handler(frame, 'persona.list', { none: 1 });
    expect(fake.dispatched).toContainEqual(['persona.list', {}, 'window-a-0001']);
    expect(fake.dispatched).toContainEqual(['persona.list', { bad: 1 }]);
    expect(fake.dispatched).toContainEqual(['persona.list', { none: 1 }]);
  });

  it('sends every event the core publishes to every open window', async () => {
    await startMain();
    // A second window, as a future "new window" would open; the shell must not only know mainWindow.
    new fake.electron.BrowserWindow({});
    expect(fake.windows).toHaveLength(2);
    const changes = { rev: 3, op: 'persona.create', clientId: 'window-a-0001', changes: {} };
    for (const l of fake.subscribers) l({ type: 'changes', payload: changes });
    expect(fake.subscribers.size).toBe(1);
    for (const win of fake.windows) expect(win.contents.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'changes', changes);
  });

  it('opens a project passed on the command line and from a second instance, and tells the renderer', async () => {
    await startMain(['/opt/journey-studio', '/home/a/Mapa.cjstudio']);
    await vi.waitFor(() => expect(fake.dispatched).toContainEqual(['project.open', { path: '/home/a/Mapa.cjstudio' }]));
    const second = fake.appListeners.get('second-instance') as unknown as (e: unknown, argv: string[], cwd: string) => void;
    second({}, ['/opt/journey-studio', 'Druga.cjstudio'], '/home/b');
    await vi.waitFor(() => expect(fake.dispatched).toContainEqual(['project.open', { path: '/home/b/Druga.cjstudio' }]));
    await vi.waitFor(() =>
      expect(fake.windows[0]!.contents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'project.changed', {
        project: { path: '/home/b/Druga.cjstudio' },
      }),
    );
    const openFile = fake.appListeners.get('open-file') as unknown as (e: { preventDefault(): void }, path: string) => void;
    const event = { preventDefault: vi.fn() };
    openFile(event, '/Users/c/Trzecia.cjstudio');
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.dispatched).toContainEqual(['project.open', { path: '/Users/c/Trzecia.cjstudio' }]));
  });

  it('closes the core before quitting, once', async () => {
    await startMain();
    const willQuit = fake.appListeners.get('will-quit') as unknown as (e: { preventDefault(): void }) => void;
    const event = { preventDefault: vi.fn() };
    willQuit(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
    expect(fake.dispatcher.close).toHaveBeenCalledTimes(1);
    const again = { preventDefault: vi.fn() };
    willQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('a second instance hands over and quits without creating a window', async () => {
    fake.state.lock = false;
    process.argv = ['electron', '/app'];
    await import('../../main/electron/main');
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.state.ready).toBeNull();
    expect(fake.appListeners.size).toBe(0);
    expect(fake.windows).toHaveLength(0);
  });
});
