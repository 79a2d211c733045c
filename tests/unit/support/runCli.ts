import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempStudio';

const CLI = join(process.cwd(), 'out/main/cli.js');

/** The built command line, as `npx journey-studio` runs it: the file itself, by its first line, where the system can. */
export function cli(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(CLI)) throw new Error('out/main/cli.js is missing: run `npm run build` first');
  const home = tempDir();
  const [command, rest] = process.platform === 'win32' ? [process.execPath, [CLI, ...args]] : [CLI, args];
  const r = spawnSync(command, rest, {
    encoding: 'utf8',
    env: { ...process.env, JOURNEY_STUDIO_HOME: home, LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
