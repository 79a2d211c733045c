import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/contentSecurityPolicy';

const root = import.meta.dirname;

/**
 * The page carries the same policy the hosts send as a header, from the one definition;
 * frame-ancestors is header-only (browsers ignore it in a meta tag and say so).
 */
const cspMeta = (): Plugin => ({
  name: 'studio-csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '%STUDIO_CSP%',
      CONTENT_SECURITY_POLICY.split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    ),
});

/**
 * The interface font is asked for only once the first text is laid out, after the script has run;
 * announced in the page head, it downloads alongside the script instead.
 */
const fontPreload = (): Plugin => ({
  name: 'studio-font-preload',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, context) =>
      Object.keys(context.bundle ?? {})
        .filter((file) => file.endsWith('.woff2'))
        .map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        })),
  },
});

/**
 * `npx journey-studio` runs the built file itself, by its first line: every build (npm start and
 * npm run web build too) leaves it executable, not only the install that first linked it.
 */
const executableCli = (): Plugin => ({
  name: 'studio-executable-cli',
  writeBundle(options) {
    if (process.platform !== 'win32' && options.dir) chmodSync(join(options.dir, 'cli.js'), 0o755);
  },
});

/** The fonts prints embed travel with the built core: packaging takes out/ only. */
const printFonts = (): Plugin => ({
  name: 'studio-print-fonts',
  writeBundle(options) {
    if (!options.dir) return;
    const dir = join(options.dir, 'fonts');
    mkdirSync(dir, { recursive: true });
    for (const file of ['Inter-Regular.ttf', 'Inter-SemiBold.ttf', 'Inter-LICENSE.txt']) copyFileSync(join(root, 'assets/fonts', file), join(dir, file));
  },
});

export default defineConfig({
  main: {
    plugins: [executableCli(), printFonts()],
    build: {
      // Bundled with the lexical they call: as a package beside a bundled lexical they would use a second copy of it.
      externalizeDeps: { exclude: ['@lexical/yjs', 'yjs'] },
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'main/electron/main.ts'),
          start: resolve(root, 'main/start.ts'),
          host: resolve(root, 'main/host/index.ts'),
          cli: resolve(root, 'main/cli.ts'),
          worker: resolve(root, 'main/core/worker.ts'),
          reader: resolve(root, 'main/core/reader.ts'),
          importWorker: resolve(root, 'main/core/notes/import/importWorker.ts'),
          noteWorker: resolve(root, 'main/core/notes/yjs/noteWorker.ts'),
          jobWorker: resolve(root, 'main/core/jobs/jobWorker.ts'),
          linkCommand: resolve(root, 'main/linkCommand.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta(), fontPreload()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Less to parse when a project opens on a slow laptop at a client's site.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
