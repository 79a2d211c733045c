import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ChildMessage } from './protocol';
import type { Facts } from './snapshot';
import type { Pending } from './verifyFacts';

/** When the kill comes: some time after the child was told to start, began opening the project, or was ready. */
export interface KillPlan {
  after: 'go' | 'opening' | 'ready';
  delayMs: number;
}

export interface ChildRun {
  /** What the child acknowledged, in order. */
  acks: { serial: number; op: string; set: Facts; del: string[] }[];
  pending: Pending | null;
  refusals: { op: string; code: string; message: string }[];
  openFailure: string | null;
  /** The child ended before it was killed, or hung: a bug, never a success. */
  misbehaved: string | null;
}

export interface WarmChild {
  /** Sends the child to work on a project and SIGKILLs it as planned. */
  run(project: string, seed: number, kill: KillPlan): Promise<ChildRun>;
  /** Ends a child that was never used. */
  discard(): void;
}

const WATCHDOG_MS = 30_000;
const childScript = new URL('./crashChild.ts', import.meta.url);
const repoRoot = new URL('../../', import.meta.url);

/**
 * Starts a child that loads the core and waits: the next child warms up while the current one
 * runs, so the time spent starting Node and the core is not paid between kills.
 */
export function warmChild(home: string, worker?: string): WarmChild {
  const argv = ['--import', 'tsx', childScript.pathname, '--home', home];
  if (worker) argv.push('--worker', `file://${worker}`);
  const child = spawn(process.execPath, argv, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  const state: ChildRun = { acks: [], pending: null, refusals: [], openFailure: null, misbehaved: null };
  let plan: KillPlan | null = null;
  let killed = false;
  let stderr = '';
  const killLater = (delayMs: number) =>
    setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, delayMs);
  const closed = new Promise<void>((resolve) => {
    // 'close' comes after the pipes are drained: every line written before the kill has been read.
    child.on('close', (code, signal) => {
      if (!killed) state.misbehaved = `exit ${code ?? signal}; stderr: ${stderr.trim().slice(-1500)}`;
      resolve();
    });
  });
  child.stdin.on('error', () => {}); // a child that died early closes its end; 'close' reports it

  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    let msg: ChildMessage;
    try {
      msg = JSON.parse(line) as ChildMessage;
    } catch {
      return; // a line cut short by the kill
    }
    switch (msg.t) {
      case 'warm':
        break;
      case 'opening':
        if (plan?.after === 'opening') killLater(plan.delayMs);
        break;
      case 'ready':
        if (plan?.after === 'ready') killLater(plan.delayMs);
        break;
      case 'open-failed':
        state.openFailure = `${msg.code}: ${msg.message}`;
        break;
      case 'intent':
        state.pending = { serial: msg.serial, op: msg.op, expect: msg.expect, domains: msg.domains };
        break;
      case 'refused':
        state.pending = null;
        state.refusals.push({ op: msg.op, code: msg.code, message: msg.message });
        break;
      case 'ack':
        state.pending = null;
        state.acks.push({ serial: msg.serial, op: msg.op, set: msg.set, del: msg.del });
        break;
    }
  });

  return {
    async run(project, seed, kill) {
      plan = kill;
      child.stdin.write(`${JSON.stringify({ project, seed })}\n`);
      if (kill.after === 'go') killLater(kill.delayMs);
      // A child that never gets to the planned moment (an open that hangs) must not hang the test.
      const watchdog = setTimeout(() => {
        state.misbehaved = `no progress within ${WATCHDOG_MS} ms; stderr: ${stderr.trim().slice(-1500)}`;
        killed = true;
        child.kill('SIGKILL');
      }, WATCHDOG_MS);
      await closed;
      clearTimeout(watchdog);
      return state;
    },
    discard() {
      killed = true;
      child.kill('SIGKILL');
    },
  };
}
