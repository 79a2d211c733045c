import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ElectronPackage {
  dir: string;
  version: string;
}

/** The installed electron npm package, found without loading it: its index.js would start a download. */
export function findElectronPackage(root: string): ElectronPackage | null {
  try {
    const manifest = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    if (typeof version !== 'string') return null;
    return { dir: dirname(manifest), version };
  } catch {
    return null;
  }
}

/** Mirrors electron's own index.js: path.txt names the executable inside dist/ (or the override folder). */
export function findElectronBinary(electronDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  let relative: string;
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const base = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(base, relative);
  return existsSync(binary) ? binary : null;
}

/**
 * Runs the electron package's own downloader. Quiet, because on a machine without access to the
 * download host its failure is expected and the caller explains it in one line.
 */
export function installElectronBinary(electronDir: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const script = join(electronDir, 'install.js');
  if (!existsSync(script)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: electronDir, env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
