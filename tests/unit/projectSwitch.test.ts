import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../main/core/store/projectLock';
import { bytesOf, listing, savedProject, sqlite3 } from './support/projectFiles';
import { startStudio, tempDir } from './support/tempStudio';

/** The studio has good.cjstudio open with one persona; `bad` sits in a folder of its own. */
async function studioWithGoodOpen() {
  const studio = await startStudio();
  const good = await studio.ok('project.create', { path: 'good' });
  await studio.ok('persona.create', { name: 'Kept' });
  const badDir = tempDir();
  const bad = await savedProject(badDir, 'bad.cjstudio');
  return { studio, good, bad, badDir };
}

/** After a refused switch: good is still current and written to; bad is unchanged, unlocked, with nothing new beside it. */
async function expectGoodStillCurrent(s: Awaited<ReturnType<typeof studioWithGoodOpen>>, badBytes: Buffer, badFiles: string[]) {
  expect((await s.studio.ok('project.current', {}))?.path).toBe(s.good.path);
  await s.studio.ok('persona.create', { name: 'After' });
  expect((await s.studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Kept', 'After']);
  expect(bytesOf(s.bad).equals(badBytes)).toBe(true);
  expect(listing(s.badDir)).toEqual(badFiles);
  acquireProjectLock(s.bad).release();
}

describe('switching projects is all or nothing', () => {
  it('a file whose meta table was dropped is refused with a typed error; the open project stays current and takes the next write', async () => {
    const s = await studioWithGoodOpen();
    sqlite3(s.bad, 'DROP TABLE meta;');
    const badBytes = bytesOf(s.bad);
    const badFiles = listing(s.badDir);
    const r = await s.studio.call('project.open', { path: s.bad });
    expect(r.ok || r.error.code).toBe('schema_mismatch');
    await expectGoodStillCurrent(s, badBytes, badFiles);
  });

  it('a disk that fills during the backup before a migration: typed disk_full, no .tmp left, previous project current (child process in its own mount namespace)', () => {
    const dir = tempDir();
    const small = join(dir, 'small');
    mkdirSync(small);
    const script = `
      import { execFileSync } from 'node:child_process';
      import { copyFileSync, readdirSync } from 'node:fs';
      import { createDispatcher } from ${JSON.stringify(join(process.cwd(), 'main/core/dispatch.ts'))};
      // Room for the v4 file, its -wal, -shm and lock, not for a second copy of it.
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=320k', 'tmpfs', ${JSON.stringify(small)}]);
      const bad = ${JSON.stringify(join(small, 'v4.cjstudio'))};
      copyFileSync(${JSON.stringify(join(process.cwd(), 'tests/migrations/fixtures/v4.cjstudio'))}, bad);
      const d = createDispatcher({ configDir: ${JSON.stringify(join(dir, 'c'))}, projectsDir: ${JSON.stringify(join(dir, 'p'))}, defaultLang: 'en' });
      const good = await d.dispatch('project.create', { path: 'good' });
      const opened = await d.dispatch('project.open', { path: bad });
      const current = await d.dispatch('project.current', {});
      const write = await d.dispatch('persona.create', { name: 'After' });
      await d.close();
      process.stdout.write(JSON.stringify({ good, opened, current, write, files: readdirSync(${JSON.stringify(small)}).sort() }));
    `;
    const run = spawnSync('unshare', ['-rm', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.node.json') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/Error:/);
    const r = JSON.parse(run.stdout);
    expect(r.opened.ok || r.opened.error.code).toBe('disk_full');
    expect(r.current.value.path).toBe(r.good.value.path);
    expect(r.write.ok).toBe(true);
    expect(r.files).toEqual(['v4.cjstudio']);
  });

  it('a project that opens is current afterwards, and the previous one is closed and unlocked', async () => {
    const s = await studioWithGoodOpen();
    const opened = await s.studio.ok('project.open', { path: s.bad });
    expect(opened.path).toBe(s.bad);
    expect((await s.studio.ok('project.current', {}))?.path).toBe(s.bad);
    acquireProjectLock(s.good.path).release();
  });
});
