import { BrowserWindow } from 'electron';

/**
 * The one desktop window. The renderer gets no Node, runs in Chromium's sandbox and sees main only
 * through the preload's contextBridge object. Most of these are Electron's defaults today; spelling
 * them out keeps a future default change or a careless edit from loosening them silently. They stay
 * literal inside `new BrowserWindow({...})` so that a static scanner (npm run test:security) reads
 * the real settings instead of guessing at a value built elsewhere.
 */
export function createStudioWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Journey Studio',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click fires no auxclick, so it cannot open a link in a window of its own.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      // The code cache is written on the first launch rather than once a script has run twice.
      v8CacheOptions: 'bypassHeatCheck',
    },
  });
}
