import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));

/** electron-builder's own loader and validator, reached inside app-builder-lib since they are not re-exported. */
const builder = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Record<string, unknown>>;
  validateConfiguration(config: object, debugLogger: object): Promise<void>;
};
const { checkMetadata } = require('app-builder-lib/out/util/packageMetadata.js') as {
  checkMetadata(metadata: object, devMetadata: object | null, appPackageFile: string, devAppPackageFile: string): void;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => object };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: { filter: string[] }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  directories: { output: string; buildResources: string };
  fileAssociations: { ext: string; name: string; mimeType?: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const load = async () => (await builder.getConfig(root, null, null)) as unknown as BuilderConfig;

describe('electron-builder.yml, checked offline with electron-builder itself', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await load();
    await expect(builder.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the validator really rejects a mistake (so the check above means something)', async () => {
    const config = await load();
    const broken = { ...config, fileAssociations: [{ ext: 'cjstudio', nmae: 'typo' }] };
    await expect(builder.validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration/i);
  });

  it('package.json carries what electron-builder requires of the app metadata', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(() => checkMetadata(pkg, null, 'package.json', 'package.json')).not.toThrow();
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.dependencies['electron']).toBeUndefined();
    expect(pkg.devDependencies['electron']).toBeDefined();
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
  });

  it('names the app, associates *.cjstudio and packs only the build output', async () => {
    const config = await load();
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Journey Studio');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'cjstudio', name: 'Journey Studio project' })]);
    expect(config.linux.mimeTypes).toContain(config.fileAssociations[0]!.mimeType);
    expect(config.files.flatMap((f) => f.filter)).toContain('out/**');
    expect(config.files.flatMap((f) => f.filter).filter((f) => !f.startsWith('!') && f !== 'package.json')).toEqual(['out/**']);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', async () => {
    const config = await load();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(existsSync(join(root, config.directories.buildResources, icon)), icon).toBe(true);
    }
  });

  it('rebuilds better-sqlite3 for Electron and keeps its .node outside the asar', async () => {
    const config = await load();
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
  });

  it('turns off the Electron fuses the shell does not need', async () => {
    const config = await load();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
