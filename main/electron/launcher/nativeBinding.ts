import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../../core/writeFileAtomic';
import { runCommand, type CommandRunner } from './runCommand';

/**
 * The Electron-ABI build of better-sqlite3 lives beside the project, one folder per Electron
 * version, so node_modules/better-sqlite3/build stays the plain-Node build that tests and the CLI load.
 */
export function nativeBindingPath(root: string, electronVersion: string): string {
  return join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** What the last failed attempt printed; kept so the one line the user sees can point at details. */
export function nativeBuildLogPath(root: string, electronVersion: string): string {
  return join(root, 'native', `electron-${electronVersion}`, 'setup-failed.log');
}

/** npm exports its node-gyp to scripts; otherwise use a project copy or the one npm ships. */
export function findNodeGyp(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp);
  try {
    candidates.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed in the project
  }
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** better-sqlite3 depends on prebuild-install (its own install runs it), so it sits beside it or inside it. */
export function findPrebuildInstall(packageDir: string, root: string): string | null {
  for (const from of [packageDir, root]) {
    try {
      return createRequire(join(from, 'package.json')).resolve('prebuild-install/bin.js');
    } catch {
      // try the next place
    }
  }
  return null;
}

export interface BuildNativeOptions {
  root: string;
  electronVersion: string;
  /** for the compile */
  timeoutMs: number;
  /** for fetching the prebuilt binary */
  downloadTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  run?: CommandRunner;
  /** called when no prebuilt binary could be had and the (long) compile starts */
  onCompile?: () => void;
}

export type NativeBuild =
  | { ok: true; path: string; from: 'prebuilt' | 'compiled' }
  | { ok: false; missing: 'package' }
  /** no prebuilt binary and no compile; the log holds what both printed */
  | { ok: false; missing: 'prebuilt-and-toolchain'; log: string | null };

const DOWNLOAD_TIMEOUT_MS = 120_000;
const BINARY = join('build', 'Release', 'better_sqlite3.node');

/**
 * Gets better-sqlite3 for Electron's ABI in a private copy of the package and keeps only the .node
 * file. First the prebuilt binary better-sqlite3 publishes per Electron version (what its own npm
 * install does for Node), so a first start needs no C++ toolchain; a compile against Electron's
 * headers only when there is none for this version and platform.
 */
export async function buildNativeBinding(options: BuildNativeOptions): Promise<NativeBuild> {
  const { root, electronVersion, env = process.env, run = runCommand } = options;
  let source: string;
  try {
    source = dirname(createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json'));
  } catch {
    return { ok: false, missing: 'package' };
  }
  const work = mkdtempSync(join(tmpdir(), 'journey-studio-sqlite-'));
  const log: string[] = [];
  try {
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, {
      recursive: true,
      filter: (path) => {
        const rel = relative(source, path);
        return rel !== 'build' && !rel.startsWith(`build${sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${sep}`);
      },
    });
    const output = join(copy, BINARY);

    const prebuild = findPrebuildInstall(source, root);
    if (prebuild) {
      const platform = options.platform ?? process.platform;
      const arch = options.arch ?? process.arch;
      const args = [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform];
      const fetched = await run(process.execPath, args, { cwd: copy, env, timeoutMs: options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS });
      log.push(`$ prebuild-install ${args.slice(1).join(' ')}\n${fetched.output}`);
      if (fetched.ok && existsSync(output)) return { ok: true, path: keep(output, root, electronVersion), from: 'prebuilt' };
    } else log.push('prebuild-install is not installed');

    const gyp = findNodeGyp(root, env);
    if (gyp) {
      // A download that failed half-way may have left a partial binary.
      rmSync(join(copy, 'build'), { recursive: true, force: true });
      options.onCompile?.();
      const args = [gyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${options.arch ?? process.arch}`, '--dist-url=https://electronjs.org/headers'];
      const built = await run(process.execPath, args, { cwd: copy, env, timeoutMs: options.timeoutMs });
      log.push(`$ node-gyp ${args.slice(1).join(' ')}\n${built.output}`);
      if (built.ok && existsSync(output)) return { ok: true, path: keep(output, root, electronVersion), from: 'compiled' };
    } else log.push('node-gyp was not found');

    return { ok: false, missing: 'prebuilt-and-toolchain', log: writeLog(root, electronVersion, log.join('\n\n')) };
  } catch (e) {
    log.push(e instanceof Error ? e.message : String(e));
    return { ok: false, missing: 'prebuilt-and-toolchain', log: writeLog(root, electronVersion, log.join('\n\n')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copy then rename: a half-written binding must never look usable to the next start. */
function keep(output: string, root: string, electronVersion: string): string {
  const target = nativeBindingPath(root, electronVersion);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(output, `${target}.partial`);
  renameSync(`${target}.partial`, target);
  rmSync(nativeBuildLogPath(root, electronVersion), { force: true });
  return target;
}

function writeLog(root: string, electronVersion: string, text: string): string | null {
  try {
    const path = nativeBuildLogPath(root, electronVersion);
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
    return path;
  } catch {
    return null;
  }
}
