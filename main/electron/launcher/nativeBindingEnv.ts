/** start.ts tells the Electron main process where the Electron-ABI build of better-sqlite3 is. */
export const NATIVE_BINDING_ENV = 'JOURNEY_STUDIO_NATIVE_BINDING';
