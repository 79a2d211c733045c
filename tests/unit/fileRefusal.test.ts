import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync, openSync, writeSync, closeSync, statSync, chownSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStudio, tempDir } from './support/tempStudio';

const bytes = (path: string) => readFileSync(path);

async function projectWithPersona() {
  const maker = await startStudio();
  const { path } = await maker.ok('project.create', { path: join(maker.dir, 'victim.cjstudio') });
  await maker.ok('persona.create', { name: 'Anna' });
  await maker.ok('project.close', {});
  return path;
}

describe('opening files that must be refused', () => {
  it('refuses a text file as not_a_project and leaves it byte for byte', async () => {
    const studio = await startStudio();
    const path = join(studio.dir, 'notes.cjstudio');
    writeFileSync(path, 'just some notes\n');
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('not_a_project');
    expect(r.ok || r.error.message).toContain('is not a Journey Studio project');
    expect(bytes(path).toString()).toBe('just some notes\n');
  });

  it('refuses a SQLite database of another application as not_a_project', async () => {
    const studio = await startStudio();
    const path = join(studio.dir, 'other.cjstudio');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = bytes(path);
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('not_a_project');
    expect(bytes(path).equals(before)).toBe(true);
  });

  it('refuses a project from a newer app as file_too_new', async () => {
    const path = await projectWithPersona();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = bytes(path);
    const studio = await startStudio();
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_too_new');
    expect(r.ok || r.error.message).toMatch(/newer Journey Studio/);
    expect(bytes(path).equals(before)).toBe(true);
  });

  it('refuses a damaged project as file_corrupt and does not modify it', async () => {
    const path = await projectWithPersona();
    const size = statSync(path).size;
    expect(size).toBeGreaterThanOrEqual(4096 * 3);
    const fd = openSync(path, 'r+');
    // Scribble over the second page (a b-tree page) while keeping the header intact.
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096);
    closeSync(fd);
    const before = bytes(path);
    const studio = await startStudio();
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_corrupt');
    expect(bytes(path).equals(before)).toBe(true);
  });

  it('tells a second studio that the project is locked, and who holds it', async () => {
    const path = await projectWithPersona();
    const first = await startStudio();
    await first.ok('project.open', { path });
    const second = await startStudio();
    const r = await second.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.message).toMatch(new RegExp(`pid ${process.pid}`));
    await first.ok('project.close', {});
    expect((await second.ok('project.open', { path })).counts.personas).toBe(1);
  });

  it('tells a second studio process who holds the project (built host, npm run build first)', async () => {
    const path = await projectWithPersona();
    const first = await startStudio();
    await first.ok('project.open', { path });
    const home = tempDir();
    const child = spawn(process.execPath, [join(process.cwd(), 'out/main/host.js'), '--no-open', '--port', '0', '--project', path], {
      env: { ...process.env, JOURNEY_STUDIO_HOME: home, LANG: 'en_US.UTF-8' },
    });
    const stderr = await new Promise<string>((resolve) => {
      let text = '';
      child.stderr.on('data', (c: Buffer) => {
        text += c.toString();
        if (text.includes('\n')) resolve(text);
      });
      setTimeout(() => resolve(text), 15_000);
    });
    child.kill();
    expect(stderr).toMatch(new RegExp(`already open in Journey Studio \\(.*pid ${process.pid}`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('takes over a lock left behind by a crashed studio', async () => {
    const path = await projectWithPersona();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: Number(dead), host: (await import('node:os')).hostname(), user: 'x', since: 'earlier' }));
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
  });

  it('refuses a file the user cannot write as read_only (run as an unprivileged user when root)', async () => {
    const path = await projectWithPersona();
    const home = tempDir();
    chmodSync(home, 0o777);
    const before = bytes(path);
    const script = `
      import { createDispatcher } from ${JSON.stringify(join(process.cwd(), 'main/core/dispatch.ts'))};
      const d = createDispatcher({ configDir: ${JSON.stringify(join(home, 'c'))}, projectsDir: ${JSON.stringify(join(home, 'p'))}, defaultLang: 'en' });
      const r = await d.dispatch('project.open', { path: ${JSON.stringify(path)} });
      await d.close();
      process.stdout.write(JSON.stringify(r));
    `;
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // root ignores file modes, so the check runs as "nobody" against a file owned by root.
      chownSync(path, 0, 0);
      chmodSync(path, 0o644);
      chmodSync(dirname(path), 0o755);
    } else {
      chmodSync(path, 0o444);
    }
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.node.json'), HOME: home },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).not.toMatch(/Error:/);
    const result = JSON.parse(run.stdout);
    expect(result.ok || result.error.code).toBe('read_only');
    expect(bytes(path).equals(before)).toBe(true);
  });
});
