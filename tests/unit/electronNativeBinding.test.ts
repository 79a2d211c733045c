import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { buildToolsFor, chooseLaunch } from '../../main/electron/launcher/chooseLaunch';
import { buildNativeBinding, nativeBindingPath, nativeBuildLogPath } from '../../main/electron/launcher/nativeBinding';
import type { CommandRunner } from '../../main/electron/launcher/runCommand';
import { tempDir } from './support/tempStudio';

const VERSION = '45.4.1';
const projectRoot = join(import.meta.dirname, '..', '..');

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A project folder as npm leaves it: better-sqlite3 with its Node build, prebuild-install beside it. */
function fixture(options: { prebuildInstall?: boolean; electronBinary?: boolean } = {}) {
  const root = tempDir('studio-native-');
  write(join(root, 'package.json'), '{"name":"journey-studio","version":"0.1.0"}');
  const pkg = join(root, 'node_modules/better-sqlite3');
  write(join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1","repository":{"type":"git","url":"git://github.com/WiseLibs/better-sqlite3.git"}}');
  write(join(pkg, 'binding.gyp'), '{}');
  write(join(pkg, 'build/Release/better_sqlite3.node'), 'node abi build');
  const prebuild = join(root, 'node_modules/prebuild-install/bin.js');
  if (options.prebuildInstall !== false) write(prebuild, '// stands in for prebuild-install; the runner is replaced\n');
  const gyp = join(root, 'node_modules/node-gyp/bin/node-gyp.js');
  write(gyp, '// stands in for node-gyp; the runner is replaced\n');
  if (options.electronBinary) {
    write(join(root, 'node_modules/electron/package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
    write(join(root, 'node_modules/electron/path.txt'), 'electron');
    write(join(root, 'node_modules/electron/dist/electron'), '');
  }
  return { root, pkg, prebuild, gyp, env: { PATH: process.env.PATH, npm_config_node_gyp: gyp } };
}

interface Call {
  tool: 'prebuild-install' | 'node-gyp';
  args: string[];
  cwd: string;
  sawBuild: boolean;
}

/** Replaces the download and the compile: each answers as told, leaving a binary where the real one would. */
function fakeRunner(answers: { prebuilt: 'ok' | 'fail' | 'partial' | 'silent'; compile: 'ok' | 'fail' }) {
  const calls: Call[] = [];
  const run: CommandRunner = async (command, args, { cwd }) => {
    expect(command).toBe(process.execPath);
    const tool = args[0]!.includes('prebuild-install') ? 'prebuild-install' : 'node-gyp';
    calls.push({ tool, args: args.slice(1), cwd, sawBuild: existsSync(join(cwd, 'build')) });
    const answer = tool === 'prebuild-install' ? answers.prebuilt : answers.compile;
    const binary = join(cwd, 'build/Release/better_sqlite3.node');
    if (answer === 'ok' || answer === 'partial') write(binary, `${tool} electron abi build`);
    if (answer === 'ok') return { ok: true, output: `${tool}: done` };
    if (answer === 'silent') return { ok: true, output: '' };
    return { ok: false, output: tool === 'prebuild-install' ? 'getaddrinfo ENOTFOUND github.com' : 'gyp ERR! find VS could not find Visual Studio' };
  };
  return { run, calls };
}

const tempCopies = () => readdirSync(tmpdir()).filter((n) => n.startsWith('journey-studio-sqlite-')).length;

describe('better-sqlite3 for Electron on first start, prebuilt first (download replaced: no network here)', () => {
  it('a prebuilt binary is fetched in a private copy for this Electron, platform and arch, and nothing is compiled', async () => {
    const { root, pkg, prebuild, env } = fixture();
    const { run, calls } = fakeRunner({ prebuilt: 'ok', compile: 'ok' });
    const onCompile = vi.fn();
    const before = tempCopies();
    const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env, platform: 'win32', arch: 'arm64', run, onCompile });
    expect(result).toEqual({ ok: true, path: nativeBindingPath(root, VERSION), from: 'prebuilt' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(['--runtime', 'electron', '--target', VERSION, '--arch', 'arm64', '--platform', 'win32']);
    expect(calls[0]!.cwd.startsWith(root)).toBe(false);
    expect(calls[0]!.sawBuild).toBe(false);
    expect(existsSync(prebuild)).toBe(true);
    expect(onCompile).not.toHaveBeenCalled();
    expect(readFileSync(nativeBindingPath(root, VERSION), 'utf8')).toBe('prebuild-install electron abi build');
    expect(readFileSync(join(pkg, 'build/Release/better_sqlite3.node'), 'utf8')).toBe('node abi build');
    expect(existsSync(`${nativeBindingPath(root, VERSION)}.partial`)).toBe(false);
    expect(tempCopies()).toBe(before);
  });

  it("without a prebuilt binary it compiles against Electron's headers, from a clean build folder, and says so", async () => {
    for (const prebuilt of ['fail', 'partial', 'silent'] as const) {
      const { root, env } = fixture();
      const { run, calls } = fakeRunner({ prebuilt, compile: 'ok' });
      const onCompile = vi.fn();
      const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env, platform: 'linux', arch: 'x64', run, onCompile });
      expect(result, prebuilt).toEqual({ ok: true, path: nativeBindingPath(root, VERSION), from: 'compiled' });
      expect(calls.map((c) => c.tool)).toEqual(['prebuild-install', 'node-gyp']);
      expect(calls[1]!.args).toEqual(['rebuild', '--release', `--target=${VERSION}`, '--arch=x64', '--dist-url=https://electronjs.org/headers']);
      expect(calls[1]!.cwd).toBe(calls[0]!.cwd);
      expect(calls[1]!.sawBuild, `${prebuilt}: the compile starts without what the download left`).toBe(false);
      expect(onCompile).toHaveBeenCalledTimes(1);
      expect(readFileSync(nativeBindingPath(root, VERSION), 'utf8')).toBe('node-gyp electron abi build');
    }
  });

  it('with prebuild-install missing it goes straight to the compile', async () => {
    const { root, env } = fixture({ prebuildInstall: false });
    const { run, calls } = fakeRunner({ prebuilt: 'ok', compile: 'ok' });
    const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env, run });
    expect(result.ok && result.from).toBe('compiled');
    expect(calls.map((c) => c.tool)).toEqual(['node-gyp']);
  });

  it('when both fail, no binding is left and npm start gives one translated line naming what is missing', async () => {
    for (const [platform, lang] of [['win32', 'en'], ['darwin', 'pl'], ['linux', 'en']] as const) {
      const { root, env } = fixture({ electronBinary: true });
      const { run, calls } = fakeRunner({ prebuilt: 'fail', compile: 'fail' });
      const notice = vi.fn();
      const decision = await chooseLaunch({
        root,
        env: { ...env, DISPLAY: ':0' },
        platform,
        arch: 'arm64',
        lang,
        install: async () => true,
        notice,
        buildNative: (options) => buildNativeBinding({ ...options, run }),
      });
      const log = nativeBuildLogPath(root, VERSION);
      const reason = translate(lang, 'start.reason.noNativeBinding', { version: VERSION, target: `${platform}-arm64`, tools: buildToolsFor(platform), log });
      expect(decision).toEqual({ kind: 'browser', reason });
      expect(calls.map((c) => c.tool)).toEqual(['prebuild-install', 'node-gyp']);
      expect(existsSync(nativeBindingPath(root, VERSION))).toBe(false);
      expect(readFileSync(log, 'utf8')).toContain('ENOTFOUND github.com');
      expect(readFileSync(log, 'utf8')).toContain('could not find Visual Studio');
      expect(notice.mock.calls.map(([m]) => m)).toEqual([
        translate(lang, 'start.nativePreparing', { version: VERSION }),
        translate(lang, 'start.nativeCompiling', { version: VERSION, target: `${platform}-arm64` }),
      ]);
      const line = translate(lang, 'start.noElectron', { reason });
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toContain(`Electron ${VERSION}`);
      expect(line).toContain(buildToolsFor(platform));
    }
    expect(buildToolsFor('win32')).toMatch(/Visual Studio Build Tools/);
    expect(buildToolsFor('darwin')).toMatch(/Xcode Command Line Tools/);
    expect(buildToolsFor('linux')).toMatch(/build-essential/);
  });

  it('a later success removes the failure log', async () => {
    const { root, env } = fixture();
    await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env, run: fakeRunner({ prebuilt: 'fail', compile: 'fail' }).run });
    expect(existsSync(nativeBuildLogPath(root, VERSION))).toBe(true);
    await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, env, run: fakeRunner({ prebuilt: 'ok', compile: 'fail' }).run });
    expect(existsSync(nativeBuildLogPath(root, VERSION))).toBe(false);
  });

  it('the real prebuild-install takes a local prebuild with these flags and leaves the .node where it is kept', async () => {
    const { root, pkg } = fixture({ prebuildInstall: false });
    // The real prebuild-install, with its dependencies, from this project's node_modules.
    symlinkSync(join(projectRoot, 'node_modules/prebuild-install'), join(root, 'node_modules/prebuild-install'), 'dir');
    const nodeAbi = createRequire(join(projectRoot, 'node_modules/prebuild-install/package.json'))('node-abi') as { getAbi(v: string, r: string): string };
    const name = `better-sqlite3-v12.11.1-electron-v${nodeAbi.getAbi(VERSION, 'electron')}-${process.platform}-${process.arch}.tar.gz`;
    const stage = tempDir('studio-prebuilt-');
    write(join(stage, 'build/Release/better_sqlite3.node'), 'prebuilt electron abi build');
    mkdirSync(join(pkg, 'prebuilds'));
    execFileSync('tar', ['-czf', join(pkg, 'prebuilds', name), '-C', stage, 'build']);
    // No compile may run: node-gyp is not there.
    const env = { PATH: process.env.PATH, npm_config_cache: tempDir('studio-npm-cache-'), npm_config_node_gyp: join(root, 'no-node-gyp.js') };
    const onCompile = vi.fn();
    const result = await buildNativeBinding({ root, electronVersion: VERSION, timeoutMs: 10_000, downloadTimeoutMs: 20_000, env, onCompile });
    expect(result).toEqual({ ok: true, path: nativeBindingPath(root, VERSION), from: 'prebuilt' });
    expect(readFileSync(nativeBindingPath(root, VERSION), 'utf8')).toBe('prebuilt electron abi build');
    expect(onCompile).not.toHaveBeenCalled();
  });
});
