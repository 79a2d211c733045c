import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import type { ChangeSet } from '../../shared/live/changeSet';
import type { Result } from '../../shared/result';
import { createDispatcher } from '../../main/core/dispatch';
import { createDialogHandler } from '../../main/electron/fileDialogs';
import { createInvokeHandler, registerInvokeHandler } from '../../main/electron/invokeHandler';
import { shellLabels } from '../../main/electron/shellLabels';
import { broadcastStudioEvents } from '../../main/electron/studioEvents';
import { startStudio, tempDir } from './support/tempStudio';

const trusted = { senderFrame: { url: 'app://studio/index.html', parent: null } } as never;

describe('IPC invoke handler (electron mocked: binary unavailable here)', () => {
  it('registers exactly one handler, on the invoke channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerInvokeHandler(ipcMain as unknown as IpcMain, createInvokeHandler({ dispatch: vi.fn(), lang: () => 'en' }));
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]![0]).toBe(IPC_INVOKE_CHANNEL);
  });

  it('forwards a trusted call to the real dispatch and returns its Result', async () => {
    const studio = await startStudio({ lang: 'pl' });
    const handler = createInvokeHandler({ dispatch: studio.dispatcher.dispatch, lang: () => 'pl' });
    const settings = await handler(trusted, 'app.settings', {});
    expect(settings).toEqual({ ok: true, value: { lang: 'pl', theme: 'system' } });
    const bad = await handler(trusted, 'persona.create', { name: 42 });
    expect(bad.ok).toBe(false);
    const unknown = await handler(trusted, 'fs.readFile', { path: '/etc/passwd' });
    expect(unknown.ok === false && unknown.error.code).toBe('unknown_operation');
  });

  it('a change made in one window reaches every open window with that window\'s client id, through the real dispatch', async () => {
    const studio = await startStudio();
    const handler = createInvokeHandler({ dispatch: studio.dispatcher.dispatch, lang: () => 'en' });
    const windows = [0, 1, 2].map((i) => ({ send: vi.fn(), isDestroyed: () => i === 2 }));
    const stop = broadcastStudioEvents(studio.dispatcher, () => windows);
    expect((await handler(trusted, 'project.create', { path: 'Ipc' }, 'window-a-0001')).ok).toBe(true);
    const made = await handler(trusted, 'persona.create', { name: 'Zofia' }, 'window-a-0001');
    expect(made.ok && made.changes?.clientId).toBe('window-a-0001');
    for (const win of windows.slice(0, 2)) {
      await vi.waitFor(() => expect(win.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'changes', expect.objectContaining({ op: 'persona.create' })));
      const pushed = win.send.mock.calls.find(([, name, payload]) => name === 'changes' && (payload as ChangeSet).op === 'persona.create')![2] as ChangeSet;
      expect(pushed).toEqual(made.ok && made.changes);
      expect(win.send.mock.calls.some(([, name]) => name === 'project.changed')).toBe(true);
    }
    expect(windows[2]!.send).not.toHaveBeenCalled();
    stop();
    await handler(trusted, 'persona.create', { name: 'Ola' }, 'bad id');
    const afterStop = windows[0]!.send.mock.calls.length;
    await studio.ok('persona.list', {});
    expect(windows[0]!.send.mock.calls.length).toBe(afterStop);
  });

  it('refuses a foreign or missing sender without calling dispatch and without throwing', async () => {
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: 'should not run' }));
    const handler = createInvokeHandler({ dispatch, lang: () => 'en' });
    const top = { url: 'app://studio/index.html', parent: null };
    for (const senderFrame of [
      null,
      { url: 'https://example.com/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      { url: 'app://studio/index.html', parent: top },
    ]) {
      const result = await handler({ senderFrame } as never, 'app.settings', {});
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.error.code).toBe('invalid_input');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers malformed calls and a throwing dispatch with an error Result', async () => {
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => {
      throw new Error('boom');
    });
    const handler = createInvokeHandler({ dispatch, lang: () => 'en' });
    for (const op of [undefined, 42, '', 'x'.repeat(101), { op: 'app.settings' }]) {
      const result = await handler(trusted, op, {});
      expect(result.ok === false && result.error.code).toBe('invalid_input');
    }
    const thrown = await handler(trusted, 'app.settings', {});
    expect(thrown.ok === false && thrown.error.code).toBe('internal');
    expect(JSON.stringify(thrown)).not.toContain('boom');
  });

  it('lets the shell follow successful calls, and a failing follower does not change the answer', async () => {
    const afterDispatch = vi.fn(() => {
      throw new Error('menu rebuild failed');
    });
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: { lang: 'en', theme: 'dark' } }));
    const handler = createInvokeHandler({ dispatch, lang: () => 'en', afterDispatch });
    const result = await handler(trusted, 'app.updateSettings', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { lang: 'en', theme: 'dark' } });
    expect(afterDispatch).toHaveBeenCalledWith('app.updateSettings', result);
  });

  it("native dialogs answer 'app.dialog' through the real dispatch as a host handler", async () => {
    const dir = tempDir();
    const projectsDir = join(dir, 'projects');
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/a/Mapa.cjstudio'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/a/Nowy projekt' })),
    };
    const dispatcher = createDispatcher({
      configDir: join(dir, 'config'),
      projectsDir,
      defaultLang: 'pl',
      hostHandlers: {
        'app.dialog': createDialogHandler({ dialog: dialog as never, window: () => null, labels: () => shellLabels.pl, projectsDir }),
      },
    });
    try {
      expect(await dispatcher.dispatch('app.dialog', { kind: 'open' })).toEqual({ ok: true, value: { path: '/home/a/Mapa.cjstudio' } });
      expect(await dispatcher.dispatch('app.dialog', { kind: 'save', suggestedName: 'Nowy projekt' })).toEqual({
        ok: true,
        value: { path: '/home/a/Nowy projekt.cjstudio' },
      });
      expect((await dispatcher.dispatch('app.dialog', { kind: 'delete' })).ok).toBe(false);
    } finally {
      await dispatcher.close();
    }
  });
});
