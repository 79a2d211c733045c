import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Run by `npm install` in a checkout so that `npx journey-studio` finds the command: npm does
 * not link a project's own bin, and npm 11's self-execution path fails when the project has
 * dependencies. Linking the package and its bin into node_modules is what npm itself would do
 * for a dependency.
 */
const root = process.cwd();
const cli = join(root, 'out', 'main', 'cli.js');
try {
  if (process.platform !== 'win32') chmodSync(cli, 0o755);
  const bin = join(root, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  rmSync(join(bin, 'journey-studio'), { force: true });
  symlinkSync(join('..', '..', 'out', 'main', 'cli.js'), join(bin, 'journey-studio'));
  rmSync(join(root, 'node_modules', 'journey-studio'), { force: true });
  symlinkSync('..', join(root, 'node_modules', 'journey-studio'), 'junction');
} catch (e) {
  process.stderr.write(`journey-studio: could not link the command (${(e as Error).message}); use node out/main/cli.js\n`);
}
