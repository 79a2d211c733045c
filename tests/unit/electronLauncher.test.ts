import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chooseLaunch, hasDisplay, type LaunchEnvironment } from '../../main/electron/launcher/chooseLaunch';
import { findElectronBinary } from '../../main/electron/launcher/electronBinary';
import { buildNativeBinding, nativeBindingPath, nativeBuildLogPath } from '../../main/electron/launcher/nativeBinding';
import { NATIVE_BINDING_ENV } from '../../main/electron/launcher/nativeBindingEnv';
import { osLocale } from '../../main/electron/launcher/osLocale';
import { electronEnv, runElectron } from '../../main/electron/launcher/runElectron';
import { tempDir } from './support/tempStudio';

const VERSION = '45.4.1';

function write(path: string, text: string, mode?: number) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

/** A project folder as npm leaves it: package.json and an electron package without its binary. */
function projectRoot(options: { electron?: boolean; install?: string } = {}): string {
  const root = tempDir('studio-launch-');
  write(join(root, 'package.json'), '{"name":"journey-studio","version":"0.1.0"}');
  if (options.electron !== false) {
    write(join(root, 'node_modules/electron/package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
    if (options.install) write(join(root, 'node_modules/electron/install.js'), options.install);
  }
  return root;
}

function placeBinary(root: string) {
  write(join(root, 'node_modules/electron/path.txt'), 'electron');
  write(join(root, 'node_modules/electron/dist/electron'), '', 0o755);
}

function placeBinding(root: string) {
  write(nativeBindingPath(root, VERSION), 'electron abi build');
}

const linux = (root: string, extra: Partial<LaunchEnvironment> = {}): LaunchEnvironment => ({
  root,
  env: { DISPLAY: ':0' },
  platform: 'linux',
  downloadTimeoutMs: 5_000,
  install: async () => false,
  buildNative: async () => ({ ok: false, missing: 'prebuilt-and-toolchain', log: null }),
  ...extra,
});

/** Mimics electron's install.js succeeding: it writes path.txt and the executable. */
const SUCCESSFUL_INSTALL = `
const fs = require('fs'); const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

describe('npm start chooses desktop or browser from the filesystem (electron mocked: binary unavailable here)', () => {
  it('without the electron package it falls back to the browser', async () => {
    const decision = await chooseLaunch(linux(projectRoot({ electron: false })));
    expect(decision).toEqual({ kind: 'browser', reason: 'the electron package is not installed' });
  });

  it("with the binary missing it runs electron's own installer, and falls back when that fails", async () => {
    const root = projectRoot({ install: 'process.exit(1)' });
    const started = Date.now();
    const decision = await chooseLaunch(linux(root, { install: undefined }));
    expect(decision.kind).toBe('browser');
    expect(decision.kind === 'browser' && decision.reason).toContain(`Electron ${VERSION}`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on an installer that hangs after the timeout', async () => {
    const root = projectRoot({ install: 'setInterval(() => {}, 1000)' });
    const started = Date.now();
    const decision = await chooseLaunch(linux(root, { install: undefined, downloadTimeoutMs: 300 }));
    expect(decision.kind).toBe('browser');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('uses the binary once the installer has put it in place', async () => {
    const root = projectRoot({ install: SUCCESSFUL_INSTALL });
    placeBinding(root);
    const decision = await chooseLaunch(linux(root, { install: undefined }));
    expect(decision).toEqual({
      kind: 'electron',
      binary: join(root, 'node_modules/electron/dist/electron'),
      electronVersion: VERSION,
      nativeBinding: nativeBindingPath(root, VERSION),
    });
  });

  it('with binary and Electron-ABI binding present it starts the desktop app without installing or building', async () => {
    const root = projectRoot();
    placeBinary(root);
    placeBinding(root);
    const install = vi.fn(async () => true);
    const buildNative = vi.fn(async () => ({ ok: false, missing: 'package' }) as const);
    const decision = await chooseLaunch(linux(root, { install, buildNative }));
    expect(decision.kind).toBe('electron');
    expect(install).not.toHaveBeenCalled();
    expect(buildNative).not.toHaveBeenCalled();
  });

  it('a Linux session without a display goes to the browser; Windows and macOS need no variable', async () => {
    const root = projectRoot();
    placeBinary(root);
    placeBinding(root);
    expect(await chooseLaunch(linux(root, { env: {} }))).toEqual({ kind: 'browser', reason: 'no graphical display' });
    expect((await chooseLaunch(linux(root, { env: { WAYLAND_DISPLAY: 'wayland-0' } }))).kind).toBe('electron');
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });

  it('gets the missing binding once, announcing it, and falls back when that fails', async () => {
    const root = projectRoot();
    placeBinary(root);
    const notice = vi.fn();
    const failed = await chooseLaunch(linux(root, { notice, arch: 'x64' }));
    expect(failed.kind === 'browser' && failed.reason).toBe(
      `no prebuilt better-sqlite3 for Electron ${VERSION} on linux-x64 could be downloaded, and compiling it needs C++ build tools: g++, make, python3 (build-essential)`,
    );
    expect(notice).toHaveBeenCalledTimes(1);
    const noPackage = await chooseLaunch(linux(root, { buildNative: async () => ({ ok: false, missing: 'package' }) }));
    expect(noPackage.kind === 'browser' && noPackage.reason).toBe('better-sqlite3 is not installed; run npm install');
    const built = await chooseLaunch(
      linux(root, {
        buildNative: async ({ root: r, electronVersion }) => {
          write(nativeBindingPath(r, electronVersion), 'built');
          return { ok: true, path: nativeBindingPath(r, electronVersion), from: 'prebuilt' };
        },
      }),
    );
    expect(built.kind).toBe('electron');
  });

  it('gives its reasons in Polish to a Polish user', async () => {
    const decision = await chooseLaunch(linux(projectRoot({ electron: false }), { lang: 'pl' }));
    expect(decision).toEqual({ kind: 'browser', reason: 'pakiet electron nie jest zainstalowany' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const root = projectRoot();
    write(join(root, 'node_modules/electron/path.txt'), 'electron');
    const override = tempDir('studio-dist-');
    expect(findElectronBinary(join(root, 'node_modules/electron'), { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    write(join(override, 'electron'), '');
    expect(findElectronBinary(join(root, 'node_modules/electron'), { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });

  it('builds better-sqlite3 for Electron in a private copy, beside node_modules, leaving the Node build alone', async () => {
    const root = projectRoot();
    const pkg = join(root, 'node_modules/better-sqlite3');
    write(join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
    write(join(pkg, 'binding.gyp'), '{}');
    write(join(pkg, 'build/Release/better_sqlite3.node'), 'node abi build');
    const log = join(root, 'gyp-args.json');
    // Stands in for node-gyp: records its arguments and leaves a binding where node-gyp would.
    const gyp = join(root, 'fake-node-gyp.cjs');
    write(
      gyp,
      `const fs = require('fs');
       fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), sawOldBuild: fs.existsSync('build') }));
       fs.mkdirSync('build/Release', { recursive: true });
       fs.writeFileSync('build/Release/better_sqlite3.node', 'electron abi build');`,
    );
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('journey-studio-sqlite-')).length;
    const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env: { ...process.env, npm_config_node_gyp: gyp } });
    const target = join(root, 'native', `electron-${VERSION}`, 'better_sqlite3.node');
    expect(result).toEqual({ ok: true, path: target, from: 'compiled' });
    expect(readFileSync(target, 'utf8')).toBe('electron abi build');
    expect(readFileSync(join(pkg, 'build/Release/better_sqlite3.node'), 'utf8')).toBe('node abi build');
    const run = JSON.parse(readFileSync(log, 'utf8')) as { args: string[]; cwd: string; sawOldBuild: boolean };
    expect(run.args).toContain('rebuild');
    expect(run.args).toContain(`--target=${VERSION}`);
    expect(run.args).toContain('--dist-url=https://electronjs.org/headers');
    expect(run.cwd.startsWith(root)).toBe(false);
    expect(run.sawOldBuild).toBe(false);
    expect(existsSync(run.cwd)).toBe(false);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('journey-studio-sqlite-')).length).toBe(before);
  });

  it('a failed native build leaves no binding behind', async () => {
    const root = projectRoot();
    write(join(root, 'node_modules/better-sqlite3/package.json'), '{"name":"better-sqlite3"}');
    const gyp = join(root, 'failing-node-gyp.cjs');
    write(gyp, 'process.exit(1)');
    const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env: { npm_config_node_gyp: gyp } });
    expect(result).toEqual({ ok: false, missing: 'prebuilt-and-toolchain', log: nativeBuildLogPath(root, VERSION) });
    expect(existsSync(nativeBindingPath(root, VERSION))).toBe(false);
  });

  it('passes the binding to Electron and never starts it in Node mode', () => {
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, '/n/better_sqlite3.node');
    expect(env[NATIVE_BINDING_ENV]).toBe('/n/better_sqlite3.node');
    expect(env.ELECTRON_RUN_AS_NODE).toBeUndefined();
    expect(env.PATH).toBe('/bin');
  });

  it('runs the Electron executable on the app folder; an early crash counts as a failed start', async () => {
    const dir = tempDir('studio-fake-electron-');
    const record = join(dir, 'run.json');
    // A stand-in executable: writes what it was given, then exits with the code it is told.
    const fake = join(dir, 'electron');
    write(
      fake,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), binding: process.env.${NATIVE_BINDING_ENV} }));\nprocess.exit(Number(process.env.FAKE_EXIT ?? 0));\n`,
      0o755,
    );
    const ok = await runElectron({ binary: fake, appDir: '/app', args: ['/p/Mapa.cjstudio'], nativeBinding: '/n/b.node', env: { ...process.env, FAKE_EXIT: '0' } });
    expect(ok).toEqual({ kind: 'exited', code: 0 });
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ argv: ['/app', '/p/Mapa.cjstudio'], binding: '/n/b.node' });
    const crashed = await runElectron({ binary: fake, appDir: '/app', nativeBinding: '/n/b.node', env: { ...process.env, FAKE_EXIT: '127' } });
    expect(crashed).toEqual({ kind: 'failed', reason: 'Electron exited with code 127 while starting' });
    const crashedPl = await runElectron({ binary: fake, appDir: '/app', nativeBinding: '/n/b.node', env: { ...process.env, FAKE_EXIT: '127' }, lang: 'pl' });
    expect(crashedPl).toEqual({ kind: 'failed', reason: 'Electron zakończył działanie z kodem 127 podczas uruchamiania' });
    const late = await runElectron({ binary: fake, appDir: '/app', nativeBinding: '/n/b.node', env: { ...process.env, FAKE_EXIT: '3' }, earlyExitMs: 0 });
    expect(late).toEqual({ kind: 'exited', code: 3 });
    const missing = await runElectron({ binary: join(dir, 'nope'), appDir: '/app', nativeBinding: '/n/b.node', env: process.env });
    expect(missing.kind).toBe('failed');
  });

  it('reads the OS locale from the POSIX variables first', () => {
    expect(osLocale({ LANG: 'pl_PL.UTF-8' })).toBe('pl_PL.UTF-8');
    expect(osLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'pl_PL.UTF-8' })).toBe('en_GB.UTF-8');
    expect(typeof osLocale({ LANG: 'C' })).toBe('string');
  });
});
