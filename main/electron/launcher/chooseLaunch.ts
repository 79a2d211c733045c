import { existsSync } from 'node:fs';
import { buildNativeBinding, nativeBindingPath, type BuildNativeOptions } from './nativeBinding';
import { findElectronBinary, findElectronPackage, installElectronBinary } from './electronBinary';

export type LaunchDecision =
  | { kind: 'electron'; binary: string; electronVersion: string; nativeBinding: string }
  | { kind: 'browser'; reason: string };

export interface LaunchEnvironment {
  /** the project folder: package.json, node_modules, out/ */
  root: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  downloadTimeoutMs?: number;
  buildTimeoutMs?: number;
  install?: (electronDir: string, timeoutMs: number, env: NodeJS.ProcessEnv) => Promise<boolean>;
  buildNative?: (options: BuildNativeOptions) => Promise<string | null>;
  /** called once before a long native build, so a silent minute is not mistaken for a hang */
  notice?: (message: string) => void;
}

// Generous enough for a real download of ~100 MB; a closed network fails in well under a second.
const DOWNLOAD_TIMEOUT_MS = 180_000;
const BUILD_TIMEOUT_MS = 600_000;

export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Decides between the desktop app and the browser studio from what is on disk. Each refusal
 * carries a short reason for the one line the user sees.
 */
export async function chooseLaunch(options: LaunchEnvironment): Promise<LaunchDecision> {
  const electron = findElectronPackage(options.root);
  if (!electron) return { kind: 'browser', reason: 'the electron package is not installed' };

  let binary = findElectronBinary(electron.dir, options.env);
  if (!binary) {
    const install = options.install ?? installElectronBinary;
    await install(electron.dir, options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS, options.env);
    binary = findElectronBinary(electron.dir, options.env);
  }
  if (!binary) return { kind: 'browser', reason: `Electron ${electron.version} is not downloaded and could not be fetched` };

  if (!hasDisplay(options.platform, options.env)) return { kind: 'browser', reason: 'no graphical display' };

  let nativeBinding: string | null = nativeBindingPath(options.root, electron.version);
  if (!existsSync(nativeBinding)) {
    options.notice?.(`Building better-sqlite3 for Electron ${electron.version} (first desktop start only)…`);
    const build = options.buildNative ?? buildNativeBinding;
    nativeBinding = await build({
      root: options.root,
      electronVersion: electron.version,
      timeoutMs: options.buildTimeoutMs ?? BUILD_TIMEOUT_MS,
      env: options.env,
    });
  }
  if (!nativeBinding || !existsSync(nativeBinding)) {
    return { kind: 'browser', reason: `better-sqlite3 could not be built for Electron ${electron.version}` };
  }
  return { kind: 'electron', binary, electronVersion: electron.version, nativeBinding };
}
