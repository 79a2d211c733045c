import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The Electron-ABI build of better-sqlite3 lives beside the project, one folder per Electron
 * version, so node_modules/better-sqlite3/build stays the plain-Node build that tests and the CLI load.
 */
export function nativeBindingPath(root: string, electronVersion: string): string {
  return join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
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

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
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

export interface BuildNativeOptions {
  root: string;
  electronVersion: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Compiles a private copy of the better-sqlite3 package against Electron's headers and keeps
 * only the resulting .node file. Answers the binding's path, or null when anything failed.
 */
export async function buildNativeBinding({ root, electronVersion, timeoutMs, env = process.env }: BuildNativeOptions): Promise<string | null> {
  const gyp = findNodeGyp(root, env);
  let source: string;
  try {
    source = dirname(createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json'));
  } catch {
    return null;
  }
  if (!gyp) return null;
  const work = mkdtempSync(join(tmpdir(), 'journey-studio-sqlite-'));
  try {
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, {
      recursive: true,
      filter: (path) => {
        const rel = relative(source, path);
        return rel !== 'build' && !rel.startsWith(`build${sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${sep}`);
      },
    });
    const built = await run(
      process.execPath,
      [gyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      copy,
      env,
      timeoutMs,
    );
    const output = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!built || !existsSync(output)) return null;
    const target = nativeBindingPath(root, electronVersion);
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename: a half-written binding must never look usable to the next start.
    cpSync(output, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return target;
  } catch {
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
