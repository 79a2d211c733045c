import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDialogHandler, safeFileName, withExtension } from '../../main/electron/fileDialogs';
import { menuTemplate, type MenuCommands } from '../../main/electron/menuTemplate';
import { createOpenQueue, projectPathFromArgv } from '../../main/electron/projectArgs';
import { shellLabels } from '../../main/electron/shellLabels';
import { sendStudioEvent } from '../../main/electron/studioEvents';
import { IPC_EVENT_CHANNEL } from '../../shared/bridge';

const commands = (): MenuCommands & Record<string, ReturnType<typeof vi.fn>> => ({
  newProject: vi.fn(),
  openProject: vi.fn(),
  openSample: vi.fn(),
  closeProject: vi.fn(),
  about: vi.fn(),
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('desktop shell menus, dialogs and file opening (electron mocked: binary unavailable here)', () => {
  it('Polish and English labels cover the same texts, none empty, and differ', () => {
    expect(Object.keys(shellLabels.pl).sort()).toEqual(Object.keys(shellLabels.en).sort());
    for (const lang of ['pl', 'en'] as const) for (const [k, v] of Object.entries(shellLabels[lang])) expect(v.trim(), k).not.toBe('');
    expect(shellLabels.pl.file).toBe('Plik');
    expect(shellLabels.en.file).toBe('File');
  });

  it('builds the menu in the chosen language with every item labelled', () => {
    for (const lang of ['pl', 'en'] as const) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        const items = flatten(menuTemplate(shellLabels[lang], commands(), { platform, developer: false }));
        for (const item of items) if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
        const labels = items.map((i) => i.label);
        expect(labels).toContain(shellLabels[lang].openProject);
        expect(labels).toContain(shellLabels[lang].quit);
        expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
      }
    }
    const pl = menuTemplate(shellLabels.pl, commands(), { platform: 'linux', developer: false });
    expect(pl.map((m) => m.label)).toEqual(['Plik', 'Edycja', 'Widok', 'Okno', 'Pomoc']);
    const mac = menuTemplate(shellLabels.en, commands(), { platform: 'darwin', developer: false });
    expect(mac[0]!.label).toBe('Journey Studio');
    const dev = flatten(menuTemplate(shellLabels.en, commands(), { platform: 'linux', developer: true }));
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('menu items run their commands', () => {
    const c = commands();
    const items = flatten(menuTemplate(shellLabels.en, c, { platform: 'linux', developer: false }));
    const click = (label: string) => (items.find((i) => i.label === label)!.click as () => void)();
    click(shellLabels.en.newProject);
    click(shellLabels.en.openProject);
    click(shellLabels.en.openSample);
    click(shellLabels.en.closeProject);
    click(shellLabels.en.about);
    for (const fn of Object.values(c)) expect(fn).toHaveBeenCalledTimes(1);
    expect(items.find((i) => i.label === shellLabels.en.openProject)!.accelerator).toBe('CmdOrCtrl+O');
  });

  it('open and save dialogs are limited to *.cjstudio and answer null when cancelled', async () => {
    const dialog = {
      showOpenDialog: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePath: '' })),
    };
    const win = { id: 1 };
    const handler = createDialogHandler({ dialog: dialog as never, window: () => win as never, labels: () => shellLabels.pl, projectsDir: '/p' });
    expect(await handler({ kind: 'open' })).toEqual({ path: null });
    expect(await handler({ kind: 'save', suggestedName: '../../etc/Mapa: zakupy?' })).toEqual({ path: null });
    const [openWin, openOptions] = dialog.showOpenDialog.mock.calls[0] as [unknown, Electron.OpenDialogOptions];
    expect(openWin).toBe(win);
    expect(openOptions.filters).toEqual([{ name: 'Projekt Journey Studio', extensions: ['cjstudio'] }]);
    expect(openOptions.properties).toEqual(['openFile']);
    const [, saveOptions] = dialog.showSaveDialog.mock.calls[0] as [unknown, Electron.SaveDialogOptions];
    expect(saveOptions.filters).toEqual([{ name: 'Projekt Journey Studio', extensions: ['cjstudio'] }]);
    expect(saveOptions.defaultPath).toBe('/p/Mapa zakupy.cjstudio');

    expect(await handler({ kind: 'open', file: 'bundle' })).toEqual({ path: null });
    expect(await handler({ kind: 'save', file: 'bundle', suggestedName: 'Mapa 2026-12-08' })).toEqual({ path: null });
    const [, bundleOpen] = dialog.showOpenDialog.mock.calls[1] as [unknown, Electron.OpenDialogOptions];
    expect(bundleOpen.filters).toEqual([{ name: 'Pakiet projektu Journey Studio', extensions: ['cjbundle'] }]);
    const [, bundleSave] = dialog.showSaveDialog.mock.calls[1] as [unknown, Electron.SaveDialogOptions];
    expect(bundleSave.defaultPath).toBe('/p/Mapa 2026-12-08.cjbundle');
  });

  it('keeps suggested names bare and adds the extension the GTK picker leaves out', () => {
    expect(safeFileName('..\\..\\x')).toBe('x');
    expect(safeFileName('   ')).toBe('project');
    expect(safeFileName('../..')).toBe('project');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName(undefined)).toBe('project');
    expect(safeFileName('Zażółć gęślą jaźń')).toBe('Zażółć gęślą jaźń');
    expect(withExtension('/a/b')).toBe('/a/b.cjstudio');
    expect(withExtension('/a/B.CJSTUDIO')).toBe('/a/B.CJSTUDIO');
    expect(withExtension('/a/b', '.cjbundle')).toBe('/a/b.cjbundle');
  });

  it('finds the project file on a launch or second-instance command line', () => {
    expect(projectPathFromArgv(['/opt/Journey Studio/journey-studio', '/home/a/Mapa.cjstudio'], '/')).toBe('/home/a/Mapa.cjstudio');
    expect(projectPathFromArgv(['electron', '/repo', '--inspect=0', 'rel/Mapa.cjstudio'], '/home/a')).toBe('/home/a/rel/Mapa.cjstudio');
    expect(projectPathFromArgv(['x', 'file:///home/a/Mapa%20kupna.cjstudio'], '/')).toBe('/home/a/Mapa kupna.cjstudio');
    expect(projectPathFromArgv(['x', '--flag.cjstudio', 'notes.txt'], '/')).toBeNull();
    expect(projectPathFromArgv(['/home/a/Mapa.cjstudio'], '/')).toBeNull();
  });

  it('holds macOS open-file requests until the app is ready and keeps only the latest', () => {
    const open = vi.fn();
    const queue = createOpenQueue(open);
    queue.request('/a.cjstudio');
    queue.request('/b.cjstudio');
    expect(open).not.toHaveBeenCalled();
    queue.start();
    expect(open).toHaveBeenCalledExactlyOnceWith('/b.cjstudio');
    queue.request('/c.cjstudio');
    expect(open).toHaveBeenLastCalledWith('/c.cjstudio');
  });

  it('sends events to a live window only', () => {
    const live = { send: vi.fn(), isDestroyed: () => false };
    const dead = { send: vi.fn(), isDestroyed: () => true };
    sendStudioEvent(live, 'project.changed', { project: null });
    sendStudioEvent(dead, 'project.changed', { project: null });
    sendStudioEvent(null, 'project.changed', { project: null });
    expect(live.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'project.changed', { project: null });
    expect(dead.send).not.toHaveBeenCalled();
  });
});
