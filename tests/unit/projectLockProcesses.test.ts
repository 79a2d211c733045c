import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { holderPathOf } from '../../main/core/store/projectLock';
import { startStudio, tempDir } from './support/tempStudio';

interface HolderProcess {
  /** The studio process holding the project. */
  pid: number;
  child: ChildProcess;
}

const spawned: HolderProcess[] = [];

afterEach(async () => {
  for (const { pid, child } of spawned.splice(0)) {
    for (const p of [pid, child.pid!]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
});

/**
 * A real studio in another process (the core from source through tsx) that opens `path`, says
 * "held <pid>" and waits. With `zombie`, a shell starts it in the background and execs `sleep`,
 * which never reaps it: once killed, the studio stays a zombie with its PID still taken.
 */
async function spawnHolder(path: string, options: { zombie?: boolean } = {}): Promise<HolderProcess> {
  const home = tempDir('holder-');
  const script = `
    import { createDispatcher } from ${JSON.stringify(join(process.cwd(), 'main/core/dispatch.ts'))};
    const d = createDispatcher({ configDir: ${JSON.stringify(join(home, 'c'))}, projectsDir: ${JSON.stringify(join(home, 'p'))}, defaultLang: 'en' });
    const r = await d.dispatch('project.open', { path: ${JSON.stringify(path)} });
    process.stdout.write(r.ok ? 'held ' + process.pid + '\\n' : 'refused ' + r.error.code + '\\n');
    setInterval(() => {}, 60_000);
  `;
  const env = { ...process.env, TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.node.json') };
  const nodeArgs = ['--import', 'tsx', '--input-type=module', '-e', script];
  const spawnOptions = { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'inherit'] as ('ignore' | 'pipe' | 'inherit')[] };
  const child = options.zombie
    ? spawn('/bin/sh', ['-c', '"$0" "$@" & exec sleep 300', process.execPath, ...nodeArgs], spawnOptions)
    : spawn(process.execPath, nodeArgs, spawnOptions);
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the holder said nothing within 60 s')), 60_000);
    createInterface({ input: child.stdout! }).once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`the holder exited early (${code})`)));
  });
  const match = /^held (\d+)$/.exec(line);
  const holder = { pid: match ? Number(match[1]) : -1, child };
  spawned.push(holder);
  if (!match) throw new Error(`the holder could not open the project: ${line}`);
  return holder;
}

async function projectWithPersona(): Promise<string> {
  const maker = await startStudio();
  const { path } = await maker.ok('project.create', { path: join(maker.dir, 'Workshop.cjstudio') });
  await maker.ok('persona.create', { name: 'Anna' });
  await maker.ok('project.close', {});
  return path;
}

/** The state letter of /proc/<pid>/stat: Z for a process that exited and was not reaped. */
const procState = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
};

async function waitFor(check: () => boolean, ms = 10_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('project lock held by another studio process', () => {
  it('blocks while the holder lives and frees the project the moment it is killed (SIGKILL)', async () => {
    const path = await projectWithPersona();
    const holder = await spawnHolder(path);
    const studio = await startStudio();
    const r = await studio.call('project.open', { path });
    expect(r.ok || r.error.code).toBe('file_locked');
    expect(r.ok || r.error.message).toContain(`pid ${holder.pid}`);
    expect(r.ok || r.error.params?.canTakeOver).toBe('no');
    expect((await studio.call('project.takeOver', { path })).ok).toBe(false);

    holder.child.kill('SIGKILL');
    await once(holder.child, 'exit');
    const started = performance.now();
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(JSON.parse(readFileSync(holderPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('does not take a zombie (exited, never reaped) for a live holder', async () => {
    const path = await projectWithPersona();
    const holder = await spawnHolder(path, { zombie: true });
    const studio = await startStudio();
    expect((await studio.call('project.open', { path })).ok).toBe(false);

    process.kill(holder.pid, 'SIGKILL');
    await waitFor(() => procState(holder.pid) === 'Z');
    // The PID still answers signals, as a live process would.
    expect(() => process.kill(holder.pid, 0)).not.toThrow();
    expect((await studio.ok('project.open', { path })).counts.personas).toBe(1);
  });
});
