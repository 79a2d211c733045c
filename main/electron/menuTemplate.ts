import type { MenuItemConstructorOptions } from 'electron';
import type { ShellLabels } from './shellLabels';

export interface MenuCommands {
  newProject(): void;
  openProject(): void;
  openSample(): void;
  closeProject(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools and reload only in a development run, not in an installed app. */
  developer: boolean;
}

/**
 * Roles keep the native behaviour (clipboard, zoom, quit) while labels stay in the user's language:
 * Electron would otherwise show the role's English default.
 */
export function menuTemplate(t: ShellLabels, commands: MenuCommands, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Journey Studio',
          submenu: [
            { label: t.about, click: () => commands.about() },
            { type: 'separator' },
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newProject, accelerator: 'CmdOrCtrl+N', click: () => commands.newProject() },
      { label: t.openProject, accelerator: 'CmdOrCtrl+O', click: () => commands.openProject() },
      { label: t.openSample, click: () => commands.openSample() },
      { type: 'separator' },
      { label: t.closeProject, accelerator: 'CmdOrCtrl+Shift+W', click: () => commands.closeProject() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(options.developer
        ? [{ role: 'reload', label: t.reload } as const, { role: 'toggleDevTools', label: t.toggleDevTools } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: mac ? [] : [{ label: t.about, click: () => commands.about() }],
  };
  return [...appMenu, file, edit, view, windowMenu, help];
}
