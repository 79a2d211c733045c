import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { langFromLocale } from '../../shared/i18n/translate';
import type { Result } from '../../shared/result';
import type { Lang } from '../../shared/schema/common';
import { createDispatcher, type Dispatcher } from '../core/dispatch';
import { defaultPaths } from '../core/paths';
import { APP_ENTRY_URL, APP_SCHEME, appSchemePrivileges } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { createDialogHandler } from './fileDialogs';
import { guardWebContents, type ExternalLinkDeps } from './guardWebContents';
import { hardenSession } from './hardenSession';
import { createInvokeHandler, registerInvokeHandler } from './invokeHandler';
import { NATIVE_BINDING_ENV } from './launcher/nativeBindingEnv';
import { menuTemplate } from './menuTemplate';
import { createOpenQueue, projectPathFromArgv } from './projectArgs';
import { shellLabels } from './shellLabels';
import { createStudioWindow } from './studioWindow';
import { broadcastStudioEvents, sendStudioEvent } from './studioEvents';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const workerUrl = new URL('./worker.js', import.meta.url);
// Set by start.ts for a development run; a packaged app has better-sqlite3 rebuilt in place.
const nativeBinding = process.env[NATIVE_BINDING_ENV] || undefined;

let mainWindow: BrowserWindow | null = null;
let dispatcher: Dispatcher | null = null;
let lang: Lang = 'en';
let closing = false;

const labels = () => shellLabels[lang];

const externalLinks: ExternalLinkDeps = {
  async confirmExternal(url) {
    const t = labels();
    const options = {
      type: 'question' as const,
      buttons: [t.externalOpen, t.cancel],
      defaultId: 1,
      cancelId: 1,
      title: t.externalTitle,
      message: t.externalTitle,
      detail: url,
    };
    const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
    return answer.response === 0;
  },
  openExternal: (url) => shell.openExternal(url),
};

/** A project opened from the menu or the OS reaches every window as the core's 'project.changed'. */
async function showProjectResult(result: Result<unknown>): Promise<void> {
  if (result.ok) return;
  const options = { type: 'error' as const, title: labels().openFailedTitle, message: result.error.message };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

async function runProjectOp(op: 'project.open' | 'project.openSample' | 'project.close', input: object): Promise<void> {
  if (!dispatcher) return;
  await showProjectResult(await dispatcher.dispatch(op, input));
}

const openQueue = createOpenQueue((path) => void runProjectOp('project.open', { path }));

function installMenu(): void {
  const dialogs = dialogHandler();
  const template = menuTemplate(
    labels(),
    {
      newProject: () => sendStudioEvent(mainWindow?.webContents, 'menu.command', { command: 'newProject' }),
      openProject: () =>
        void dialogs({ kind: 'open' }).then(({ path }) => (path ? runProjectOp('project.open', { path }) : undefined)),
      openSample: () => void runProjectOp('project.openSample', {}),
      closeProject: () => void runProjectOp('project.close', {}),
      about: () =>
        void dialog.showMessageBox({
          title: labels().about,
          message: `Journey Studio ${app.getVersion()}`,
          detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        }),
    },
    { platform: process.platform, developer: !app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function dialogHandler() {
  return createDialogHandler({
    dialog,
    window: () => mainWindow,
    labels,
    projectsDir: defaultPaths().projectsDir,
  });
}

function createWindow(): void {
  const win = createStudioWindow(preloadPath);
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const core = createDispatcher({
    ...defaultPaths(),
    defaultLang: langFromLocale(app.getLocale()),
    workerUrl,
    nativeBinding,
    hostHandlers: { 'app.dialog': dialogHandler() },
  });
  dispatcher = core;
  const settings = await core.dispatch('app.settings', {});
  lang = settings.ok ? (settings.value as { lang: Lang }).lang : langFromLocale(app.getLocale());

  registerInvokeHandler(
    ipcMain,
    createInvokeHandler({
      dispatch: (op, input, clientId) => core.dispatch(op, input, clientId),
      lang: () => lang,
      afterDispatch: (op, result) => {
        if (op === 'app.updateSettings' && result.ok) {
          lang = (result.value as { lang: Lang }).lang;
          installMenu();
        }
      },
    }),
  );
  broadcastStudioEvents(core, () => BrowserWindow.getAllWindows().map((win) => win.webContents));
  installMenu();
  createWindow();

  const fromArgv = projectPathFromArgv(process.argv, process.cwd());
  if (fromArgv) openQueue.request(fromArgv);
  openQueue.start();
}

// Everything below must be registered before 'ready'.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // The first instance receives our argv through 'second-instance' and opens the file there.
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openQueue.request(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) openQueue.request(path);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, externalLinks));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (dispatcher && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  // The core worker must release the project lock and finish its transaction before the process ends.
  app.on('will-quit', (event) => {
    if (closing || !dispatcher) return;
    event.preventDefault();
    closing = true;
    void dispatcher
      .close()
      .catch(() => undefined)
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(onReady)
    .catch((e: unknown) => {
      console.error(`[journey-studio] desktop start failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      app.exit(1);
    });
}
