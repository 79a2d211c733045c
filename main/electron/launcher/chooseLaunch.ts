import { existsSync } from 'node:fs';
import { translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/schema/common';
import { buildNativeBinding, nativeBindingPath, type BuildNativeOptions, type NativeBuild } from './nativeBinding';
import { findElectronBinary, findElectronPackage, installElectronBinary } from './electronBinary';

export type LaunchDecision =
  | { kind: 'electron'; binary: string; electronVersion: string; nativeBinding: string }
  | { kind: 'browser'; reason: string };

export interface LaunchEnvironment {
  /** the project folder: package.json, node_modules, out/ */
  root: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** defaults to this process's */
  arch?: string;
  /** the language of the reasons and notices; English by default */
  lang?: Lang;
  downloadTimeoutMs?: number;
  buildTimeoutMs?: number;
  install?: (electronDir: string, timeoutMs: number, env: NodeJS.ProcessEnv) => Promise<boolean>;
  buildNative?: (options: BuildNativeOptions) => Promise<NativeBuild>;
  /** called before the native binding is fetched and again before a compile, so a silent minute is not mistaken for a hang */
  notice?: (message: string) => void;
}

// Generous enough for a real download of ~100 MB; a closed network fails in well under a second.
const DOWNLOAD_TIMEOUT_MS = 180_000;
const BUILD_TIMEOUT_MS = 600_000;

/** What a compile of better-sqlite3 needs on each system; product names, not translated. */
export function buildToolsFor(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'Visual Studio Build Tools (C++)';
  if (platform === 'darwin') return 'Xcode Command Line Tools (xcode-select --install)';
  return 'g++, make, python3 (build-essential)';
}

export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Decides between the desktop app and the browser studio from what is on disk. Each refusal
 * carries a short reason for the one line the user sees.
 */
export async function chooseLaunch(options: LaunchEnvironment): Promise<LaunchDecision> {
  const t = (key: string, params?: Record<string, string>) => translate(options.lang ?? 'en', key, params);
  const electron = findElectronPackage(options.root);
  if (!electron) return { kind: 'browser', reason: t('start.reason.noElectronPackage') };
  const version = electron.version;

  let binary = findElectronBinary(electron.dir, options.env);
  if (!binary) {
    const install = options.install ?? installElectronBinary;
    await install(electron.dir, options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS, options.env);
    binary = findElectronBinary(electron.dir, options.env);
  }
  if (!binary) return { kind: 'browser', reason: t('start.reason.electronNotFetched', { version }) };

  if (!hasDisplay(options.platform, options.env)) return { kind: 'browser', reason: t('start.reason.noDisplay') };

  const nativeBinding = nativeBindingPath(options.root, version);
  if (!existsSync(nativeBinding)) {
    const arch = options.arch ?? process.arch;
    const target = `${options.platform}-${arch}`;
    options.notice?.(t('start.nativePreparing', { version }));
    const build = options.buildNative ?? buildNativeBinding;
    const built = await build({
      root: options.root,
      electronVersion: version,
      timeoutMs: options.buildTimeoutMs ?? BUILD_TIMEOUT_MS,
      env: options.env,
      platform: options.platform,
      arch,
      onCompile: () => options.notice?.(t('start.nativeCompiling', { version, target })),
    });
    if (!built.ok && built.missing === 'package') return { kind: 'browser', reason: t('start.reason.noSqlitePackage') };
    if (!built.ok || !existsSync(built.path)) {
      const log = !built.ok && built.log ? built.log : 'none';
      return { kind: 'browser', reason: t('start.reason.noNativeBinding', { version, target, tools: buildToolsFor(options.platform), log }) };
    }
  }
  return { kind: 'electron', binary, electronVersion: version, nativeBinding };
}
