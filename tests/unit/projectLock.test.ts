import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireProjectLock, holderPathOf, osLockPathOf } from '../../main/core/store/projectLock';
import { startStudio, type TestStudio } from './support/tempStudio';

async function projectWithPersona(): Promise<{ path: string; maker: TestStudio }> {
  const maker = await startStudio();
  const { path } = await maker.ok('project.create', { path: join(maker.dir, 'Workshop.cjstudio') });
  await maker.ok('persona.create', { name: 'Anna' });
  await maker.ok('project.close', {});
  return { path, maker };
}

const record = (path: string) => JSON.parse(readFileSync(holderPathOf(path), 'utf8')) as Record<string, unknown>;
/** What earlier versions wrote: pid, host, user, since and nothing else. */
const oldRecord = (pid: number, host = hostname()) => JSON.stringify({ pid, host, user: 'ewa', since: '2026-03-01T09:00:00.000Z' });

describe('project lock on this machine', () => {
  it('opens a project whose lock file names PID 1, a process that is alive but is no studio', async () => {
    const { path } = await projectWithPersona();
    writeFileSync(holderPathOf(path), oldRecord(1));
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
    expect(record(path)).toMatchObject({ pid: process.pid, host: hostname() });
  });

  it('opens a project whose lock names a live PID from an earlier boot, in the current format', async () => {
    const { path } = await projectWithPersona();
    writeFileSync(holderPathOf(path), JSON.stringify({ pid: process.pid, host: hostname(), user: 'ewa', since: '2026-03-01T09:00:00.000Z', bootId: 'an-earlier-boot', token: 'x' }));
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
  });

  it('refuses a second studio while the first has the project open, with no takeover, then lets it in at once', async () => {
    const { path } = await projectWithPersona();
    const first = await startStudio();
    await first.ok('project.open', { path });
    const second = await startStudio();
    const r = await second.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.params?.canTakeOver).toBe('no');
    expect(r.ok || r.error.message).toContain(`pid ${process.pid}`);
    expect(r.ok || r.error.message).toContain('Close it there first.');
    await first.ok('project.close', {});
    expect((await second.ok('project.open', { path })).counts.personas).toBe(1);
  });

  it('lets exactly one of three studios in when they open the same project at once', async () => {
    const { path } = await projectWithPersona();
    const studios = await Promise.all([startStudio(), startStudio(), startStudio()]);
    const results = await Promise.all(studios.map((s) => s.call('project.open', { path })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['file_locked', 'file_locked']);
  });

  it('release() removes what the lock made, and a closed project leaves nothing beside it', async () => {
    const { path } = await projectWithPersona();
    const dir = join(path, '..');
    const before = readdirSync(dir).sort();
    const lock = acquireProjectLock(path);
    expect(existsSync(holderPathOf(path))).toBe(true);
    expect(existsSync(osLockPathOf(path))).toBe(true);
    lock.release();
    lock.release();
    expect(readdirSync(dir).sort()).toEqual(before);

    const studio = await startStudio();
    await studio.ok('project.open', { path });
    await studio.ok('project.close', {});
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('understands the lock files of earlier versions: a dead PID is taken over, another machine is named', async () => {
    const { path } = await projectWithPersona();
    writeFileSync(holderPathOf(path), oldRecord(2 ** 22 + 12345));
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    await studio.ok('project.close', {});

    writeFileSync(holderPathOf(path), oldRecord(4242, 'laptop-ewy'));
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.message).toContain('ewa@laptop-ewy, pid 4242, since 2026-03-01 09:00 UTC');
    expect(r.ok || r.error.params?.canTakeOver).toBe('yes');
    expect(r.ok || r.error.message).toContain('choose Take over');
    expect(record(path)).toMatchObject({ host: 'laptop-ewy' });
  });
});

describe('project.takeOver', () => {
  it('takes over a project held by another machine and opens it; the lock now names this studio', async () => {
    const { path } = await projectWithPersona();
    writeFileSync(holderPathOf(path), oldRecord(4242, 'laptop-ewy'));
    const studio = await startStudio({ lang: 'pl' });
    const refused = await studio.call('project.open', { path });
    expect(refused.ok || refused.error.message).toContain('wybierz „Przejmij”');
    expect((await studio.ok('project.takeOver', { path })).counts.personas).toBe(1);
    expect(record(path)).toMatchObject({ pid: process.pid, host: hostname() });
    await studio.ok('persona.create', { name: 'Bartek' });
    const other = await startStudio();
    expect((await other.call('project.open', { path })).ok).toBe(false);
  });

  it('is refused while a studio truly holds the project, even if its record was rewritten to another machine', async () => {
    const { path } = await projectWithPersona();
    const holder = await startStudio();
    await holder.ok('project.open', { path });
    const held = readFileSync(holderPathOf(path), 'utf8');
    const studio = await startStudio();
    const r = await studio.call('project.takeOver', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.params?.canTakeOver).toBe('no');
    expect(readFileSync(holderPathOf(path), 'utf8')).toBe(held);

    writeFileSync(holderPathOf(path), oldRecord(4242, 'laptop-ewy'));
    const again = await studio.call('project.takeOver', { path });
    expect(again.ok || again.error.params?.canTakeOver).toBe('no');
    expect(again.ok || again.error.message).toContain('laptop-ewy');
    await holder.ok('persona.create', { name: 'Still mine' });
  });

  it('touches nothing beside a file that is not a project', async () => {
    const studio = await startStudio();
    const path = join(studio.dir, 'notes.txt');
    writeFileSync(path, 'not a project\n');
    writeFileSync(`${path}.lock`, 'precious');
    const r = await studio.call('project.takeOver', { path });
    expect(r.ok || r.error.code).toBe('not_a_project');
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe('precious');
  });

  it('answers the open project when asked to take over the one it already holds', async () => {
    const { path } = await projectWithPersona();
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    expect((await studio.ok('project.takeOver', { path })).path).toBe(path);
  });
});

describe('where the file system gives no OS lock', () => {
  /** A lock database SQLite cannot lock (not a database at all) stands in for a file system without locks. */
  const unlockable = (path: string) => writeFileSync(osLockPathOf(path), Buffer.alloc(4096, 0xa5));

  it('falls back to the record: a free project opens, a live holder on this machine can only be taken over', async () => {
    const { path } = await projectWithPersona();
    unlockable(path);
    const studio = await startStudio();
    await studio.ok('project.open', { path });
    const second = await startStudio();
    const r = await second.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.params?.canTakeOver).toBe('yes');
    await studio.ok('project.close', {});
    expect(existsSync(holderPathOf(path))).toBe(false);

    writeFileSync(holderPathOf(path), oldRecord(1));
    expect((await second.call('project.open', { path })).ok).toBe(false);
    expect((await second.ok('project.takeOver', { path })).counts.personas).toBe(1);
    await second.ok('project.close', {});
    // Taking over removed the unlockable file: the OS lock is back in charge.
    writeFileSync(holderPathOf(path), oldRecord(1));
    expect((await second.ok('project.open', { path })).counts.personas).toBe(1);
  });
});
