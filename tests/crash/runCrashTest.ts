/**
 * Crash test: a child process runs the real core and applies a random stream of mutations; it is
 * SIGKILLed at random moments, the project is reopened at once, and everything the child
 * acknowledged must still be there, in a file SQLite finds sound.
 *
 *   npm run test:crash [-- --seed N] [--kills 100] [--built]
 *
 * The seed fixes the operation stream and the kill delays; where a kill lands in time still varies.
 */
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatch';
import type { OpName } from '../../shared/operations';
import { fixtureProject, fixtureVersions } from '../migrations/support/fixtureProject';
import { createRng, type Rng } from './prng';
import { reopenAndRead } from './projectCheck';
import { warmChild, type KillPlan, type WarmChild } from './runChild';
import { readProject, type Facts } from './snapshot';
import { verifyFacts } from './verifyFacts';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, kills: { type: 'string', default: '100' }, built: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
});
const seed = values.seed === undefined ? randomInt(1, 2 ** 31) : Number(values.seed);
const targetKills = Number(values.kills);
if (!Number.isInteger(seed) || !Number.isInteger(targetKills) || targetKills < 1) throw new Error('--seed and --kills take whole numbers');
const builtWorker = join(import.meta.dirname, '..', '..', 'out', 'main', 'worker.js');
if (values.built && !existsSync(builtWorker)) throw new Error(`--built needs ${builtWorker}: run npm run build first`);
const worker = values.built ? builtWorker : undefined;

console.log(`crash test: seed ${seed} (replay with npm run test:crash -- --seed ${seed})`);
const started = performance.now();
const rng = createRng(seed);
const home = mkdtempSync(join(tmpdir(), 'crash-test-'));
mkdirSync(join(home, 'projects'));
const dispatcher: Dispatcher = createDispatcher({
  configDir: join(home, 'parent', 'config'),
  projectsDir: join(home, 'projects'),
  defaultLang: 'en',
  ...(worker ? { workerUrl: new URL(`file://${worker}`) } : {}),
});
const call = (op: OpName, input: unknown) => dispatcher.dispatch(op, input);

let kills = 0;
let acked = 0;
let unackedCommits = 0;
const lost = new Set<string>();
let integrityErrors = 0;
const failures: string[] = [];
const refusals = new Map<string, number>();
const ackedByOp = new Map<string, number>();

async function mustOk(op: OpName, input: unknown): Promise<unknown> {
  const r = await call(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** What the project holds right after it was made or migrated, read through the studio itself. */
async function startingFacts(path: string): Promise<Facts> {
  await mustOk('project.open', { path });
  try {
    return (await readProject(call)).facts;
  } finally {
    await mustOk('project.close', {});
  }
}

/** A new project for a series of kills: a fresh one, the sample, or a copy of an old version's file. */
async function newEpoch(n: number): Promise<{ path: string; facts: Facts; migrating: boolean; label: string }> {
  if (rng.chance(0.35)) {
    const version = rng.pick(fixtureVersions);
    const dir = join(home, 'projects', `epoch-${n}`);
    const expectedDir = join(home, 'expected', `epoch-${n}`);
    mkdirSync(dir, { recursive: true });
    mkdirSync(expectedDir, { recursive: true });
    // A second copy migrated by the parent says what the child's migration must leave.
    const facts = await startingFacts(fixtureProject(version, expectedDir));
    rmSync(expectedDir, { recursive: true, force: true });
    return { path: fixtureProject(version, dir), facts, migrating: true, label: `v${version} fixture` };
  }
  const path = join(home, 'projects', `epoch-${n}.cjstudio`);
  const sample = rng.chance(0.3);
  await mustOk('project.create', { path, sample });
  await mustOk('project.close', {});
  return { path, facts: await startingFacts(path), migrating: false, label: sample ? 'sample project' : 'new project' };
}

function killPlan(r: Rng, firstOfMigrating: boolean): KillPlan {
  if (firstOfMigrating && r.chance(0.7)) return { after: 'opening', delayMs: r.int(0, 40) };
  if (r.chance(0.1)) return { after: 'go', delayMs: r.int(0, 60) };
  return { after: 'ready', delayMs: r.int(10, 500) };
}

let children = 0;
const nextChild = () => warmChild(join(home, `child-${++children}`), worker);
let next: WarmChild = nextChild();
try {
  for (let epoch = 1; kills < targetKills; epoch++) {
    const project = await newEpoch(epoch);
    let ledger = project.facts;
    const source = new Map<string, string>();
    const rounds = rng.int(5, 12);
    for (let round = 1; round <= rounds && kills < targetKills; round++) {
      const plan = killPlan(rng, project.migrating && round === 1);
      const where = `epoch ${epoch} (${project.label}) round ${round}`;
      const t0 = performance.now();
      const child = next;
      next = nextChild();
      const run = await child.run(project.path, rng.int(1, 2 ** 31 - 1), plan);
      kills++;
      for (const ack of run.acks) {
        acked++;
        ackedByOp.set(ack.op, (ackedByOp.get(ack.op) ?? 0) + 1);
        for (const [k, v] of Object.entries(ack.set)) {
          ledger[k] = v;
          source.set(k, `${where} #${ack.serial} ${ack.op}`);
        }
        for (const k of ack.del) {
          delete ledger[k];
          source.set(k, `${where} #${ack.serial} ${ack.op}`);
        }
      }
      for (const r of run.refusals) {
        refusals.set(`${r.op} ${r.code}`, (refusals.get(`${r.op} ${r.code}`) ?? 0) + 1);
        if (r.code === 'internal') failures.push(`${where}: ${r.op} answered internal: ${r.message}`);
      }
      if (run.openFailure) failures.push(`${where}: the child could not open the project after a crash: ${run.openFailure}`);
      if (run.misbehaved) failures.push(`${where}: the child misbehaved: ${run.misbehaved}`);

      const t1 = performance.now();
      const reopened = await reopenAndRead(dispatcher, project.path);
      const t2 = performance.now();
      if (reopened.refusal) {
        failures.push(`${where}: reopening after the kill was refused: ${reopened.refusal}`);
        break;
      }
      integrityErrors += reopened.integrityErrors.length;
      for (const e of reopened.integrityErrors) failures.push(`${where}: ${e}`);
      const verdict = verifyFacts(ledger, reopened.facts, run.pending);
      if (verdict.pendingCommitted) unackedCommits++;
      for (const p of verdict.problems) {
        lost.add(source.get(p.key) ?? `${where} starting state`);
        failures.push(`${where}: ${p.key} expected ${p.expected ?? '(gone)'}, found ${p.found ?? '(missing)'} — from ${source.get(p.key) ?? 'the starting state'}`);
      }
      if (values.verbose) {
        console.log(`${where}: kill after ${plan.after}+${plan.delayMs} ms, ${run.acks.length} acknowledged, pending ${run.pending?.op ?? 'none'}${verdict.pendingCommitted ? ' (committed)' : ''}; child ${Math.round(t1 - t0)} ms, check ${Math.round(t2 - t1)} ms`);
      }
      // The reopened project is the truth the next child starts from.
      ledger = reopened.facts;
    }
  }
} catch (e) {
  failures.push(`crash test stopped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
} finally {
  next.discard();
  await dispatcher.close();
}

// Kills that all land before the first answer test nothing: a run must acknowledge on average
// at least one operation per kill (a healthy run acknowledges about ten).
// A full run must have typed into notes and undone and redone under kills, or it did not test them.
if (kills >= 50) for (const op of ['note.update', 'history.undo', 'history.redo']) if (!ackedByOp.get(op)) failures.push(`no ${op} was acknowledged in ${kills} kills`);
if (acked < kills) failures.push(`only ${acked} operations were acknowledged in ${kills} kills: the children hardly ran`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`crash test: ${acked} operations acknowledged, ${unackedCommits} unacknowledged operations found committed, in ${seconds} s`);
if (values.verbose) console.log(`crash test: by operation: ${[...ackedByOp].sort().map(([k, n]) => `${k} ×${n}`).join(', ')}`);
if (refusals.size) console.log(`crash test: refusals: ${[...refusals].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
for (const f of failures.slice(0, 30)) console.log(`  FAIL ${f}`);
if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
console.log(`crash test: ${kills} kills, ${lost.size} lost commits, ${integrityErrors} integrity errors`);
if (failures.length) {
  console.log(`crash test: FAILED (seed ${seed}); files kept in ${home}`);
  process.exitCode = 1;
} else {
  rmSync(home, { recursive: true, force: true });
}
