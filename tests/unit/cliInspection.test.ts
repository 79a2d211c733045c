import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listing, savedProject, sqlite3 } from './support/projectFiles';
import { startStudio, tempDir } from './support/tempStudio';

const CLI = join(process.cwd(), 'out/main/cli.js');
const asRoot = process.getuid?.() === 0;

/** The built command line; as "nobody" when the tests run as root, so that file modes apply. */
function cli(args: string[], options: { asNobody?: boolean } = {}) {
  if (!existsSync(CLI)) throw new Error('out/main/cli.js is missing: run `npm run build` first');
  const home = tempDir();
  chmodSync(home, 0o777);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, JOURNEY_STUDIO_HOME: home, HOME: home, LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 30_000,
    ...(options.asNobody && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A healthy project in a folder others may read but not write (as root, tests run the CLI as nobody). */
async function readOnlyFolderProject() {
  const dir = tempDir();
  const path = await savedProject(dir);
  chmodSync(path, 0o644);
  chmodSync(dir, asRoot ? 0o755 : 0o555);
  return { dir, path };
}

describe('journey-studio check and info read a file without writing beside it', () => {
  it('on a file the user may not read: one line saying so, exit 2, not an internal error', async () => {
    const dir = tempDir();
    const path = await savedProject(dir);
    chmodSync(dir, 0o755);
    chmodSync(path, asRoot ? 0o600 : 0o000);
    for (const command of ['info', 'check']) {
      const r = cli([command, path], { asNobody: true });
      expect(r.code, command).toBe(2);
      expect(r.err, command).toBe(`journey-studio: ${path} cannot be read: your user account is not allowed to open it. Ask the file's owner for a copy, or change its permissions.\n`);
    }
  });

  it('on a healthy project in a read-only folder: info and check answer ok and say read-only, creating nothing', async () => {
    const { dir, path } = await readOnlyFolderProject();
    const before = listing(dir);
    const info = cli(['info', path], { asNobody: true });
    expect(info.err).toBe('');
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/personas: 1\ninterviews: 1\n/);
    expect(info.out).toMatch(/read-only here/);
    const check = cli(['check', path], { asNobody: true });
    expect(check.err).toBe('');
    expect(check.code).toBe(0);
    expect(check.out.trim().split('\n')).toHaveLength(1);
    expect(check.out).toMatch(/: ok \(schema version \d+\); read-only here/);
    expect(listing(dir)).toEqual(before);
    chmodSync(dir, 0o755);
  });

  it('leaves no -shm or -wal beside a healthy, a damaged or an altered file it only read', async () => {
    const dir = tempDir();
    const healthy = await savedProject(dir, 'healthy.cjstudio');
    const damaged = join(dir, 'damaged.cjstudio');
    copyFileSync(healthy, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
    closeSync(fd);
    const altered = join(dir, 'altered.cjstudio');
    copyFileSync(healthy, altered);
    sqlite3(altered, 'CREATE TRIGGER zz AFTER INSERT ON personas BEGIN DELETE FROM interviews; END;');
    const before = listing(dir);
    for (const file of [healthy, damaged, altered]) for (const command of ['info', 'check']) cli([command, file]);
    expect(listing(dir)).toEqual(before);
  });

  it('an altered file: check exits 1 naming the trigger, info exits 2 with one line saying it was altered', async () => {
    const path = await savedProject(tempDir());
    sqlite3(path, "CREATE TRIGGER zz AFTER INSERT ON personas BEGIN UPDATE interviews SET notes_text = 'WIPED'; END;");
    const check = cli(['check', path]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/1 problem found\n {2}- schema: trigger zz was added outside Journey Studio\n$/);
    const info = cli(['info', path]);
    expect(info.code).toBe(2);
    expect(info.err.trim().split('\n')).toHaveLength(1);
    expect(info.err).toMatch(/altered outside Journey Studio \(trigger zz\)/);
  });

  it('a damaged file: info exits 2 with one line saying it is damaged', async () => {
    const path = await savedProject(tempDir());
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096);
    closeSync(fd);
    const info = cli(['info', path]);
    expect(info.code).toBe(2);
    expect(info.err.trim().split('\n')).toHaveLength(1);
    expect(info.err).toMatch(/damaged/);
  });

  it('a project with commits still in its -wal, in a read-only folder: read-only, not damaged, exit 2', async () => {
    const dir = tempDir();
    const studio = await startStudio({ dir: tempDir() });
    const { path: live } = await studio.ok('project.create', { path: join(tempDir(), 'live.cjstudio') });
    await studio.ok('persona.create', { name: 'Only in the wal' });
    const path = join(dir, 'copy.cjstudio');
    copyFileSync(live, path);
    copyFileSync(`${live}-wal`, `${path}-wal`);
    chmodSync(dir, asRoot ? 0o755 : 0o555);
    const before = listing(dir);
    for (const command of ['info', 'check']) {
      const r = cli([command, path], { asNobody: true });
      expect(r.code, command).toBe(2);
      expect(r.err.trim().split('\n'), command).toHaveLength(1);
      expect(r.err, command).toMatch(/cannot be written \(read-only file or folder\)/);
    }
    expect(listing(dir)).toEqual(before);
    chmodSync(dir, 0o755);
  });
});
