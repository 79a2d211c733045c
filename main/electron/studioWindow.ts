import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer gets no Node, runs in Chromium's sandbox and sees main only through the preload's
 * contextBridge object. These are Electron's defaults today; spelling them out keeps a future
 * default change or a careless edit from loosening them silently.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
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
      spellcheck: true,
      // The code cache is written on the first launch rather than once a script has run twice.
      v8CacheOptions: 'bypassHeatCheck',
    },
  };
}
