import { fileURLToPath } from 'node:url';

/**
 * Where the built app lives. Entries and their chunks are emitted flat into out/main, so this
 * module's own URL points there once bundled; run from source (tests), it returns undefined
 * and callers fall back to the TypeScript sources.
 */
export function builtLocation(): { workerUrl: URL; importWorkerUrl: URL; rendererDir: string } | undefined {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return undefined;
  return {
    workerUrl: new URL('./worker.js', here),
    importWorkerUrl: new URL('./importWorker.js', here),
    rendererDir: fileURLToPath(new URL('../renderer/', here)),
  };
}
