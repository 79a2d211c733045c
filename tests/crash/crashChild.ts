/**
 * The process the crash test kills: the real core behind createDispatcher, applying a random
 * stream of mutations to one project. Every line it prints is written synchronously to a pipe, and
 * an operation is reported as acknowledged only after its Result came back ok, together with
 * everything the project must hold from then on.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../../main/core/dispatch';
import type { OpName } from '../../shared/operations';
import { HistorySteps } from './historySteps';
import { planNoteUpdate } from './noteSteps';
import { createRng } from './prng';
import { planOperation } from './opStream';
import type { ChildMessage } from './protocol';
import { diffFacts, readProject } from './snapshot';

const { values } = parseArgs({ options: { home: { type: 'string' }, worker: { type: 'string' } } });
if (!values.home) throw new Error('usage: crashChild --home DIR [--worker file:///…/out/main/worker.js], then {"project","seed"} on stdin');

const say = (msg: ChildMessage) => process.stdout.write(`${JSON.stringify(msg)}\n`);
const dispatcher = createDispatcher({
  configDir: join(values.home, 'config'),
  projectsDir: join(values.home, 'projects'),
  defaultLang: 'en',
  ...(values.worker ? { workerUrl: new URL(values.worker, 'file://') } : {}),
});
/** The crash test is one window: its undo history is the core's for this client id. */
const call = (op: OpName, input: unknown) => dispatcher.dispatch(op, input, 'crash-window');

// Started ahead of time, while the previous child still runs: the core is loaded and waits for its project.
const warm = await call('app.settings', {});
if (!warm.ok) throw new Error(`app.settings: ${warm.error.code}`);
say({ t: 'warm' });
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const go = JSON.parse(String((await lines.next()).value)) as { project: string; seed: number };
const rng = createRng(go.seed);

say({ t: 'opening' });
const opened = await call('project.open', { path: go.project });
if (!opened.ok) {
  say({ t: 'open-failed', code: opened.error.code, message: opened.error.message });
  process.exit(3);
}
let { model, facts } = await readProject(call);
// The note thread loads Lexical and Yjs on first use; started here, typing into notes is not
// always cut off by a kill before it could be sent.
if (model.interviews[0]) await call('note.open', { interviewId: model.interviews[0].id });
say({ t: 'ready' });

const history = new HistorySteps();
for (let serial = 1; ; serial++) {
  const planned = history.plan(rng) ?? (await planNoteUpdate(call, model, rng, serial)) ?? planOperation(model, rng, serial);
  if (!planned) throw new Error('no operation applies to this project');
  say({ t: 'intent', serial, op: planned.op, expect: planned.expect, domains: planned.domains });
  const result = await call(planned.op, planned.input);
  if (!result.ok) {
    say({ t: 'refused', serial, op: planned.op, code: result.error.code, message: result.error.message });
    continue;
  }
  const next = await readProject(call);
  const wrong = planned.op.startsWith('history.') ? planned.expect.filter((e) => e.kind === 'fact' && (e.value === null ? e.key in next.facts : next.facts[e.key] !== e.value)) : [];
  if (wrong.length) {
    process.stderr.write(`${planned.op} left ${JSON.stringify(wrong.slice(0, 3))} otherwise than it was\n`);
    process.exit(4);
  }
  history.acked(planned.op, planned.input, facts, next.facts);
  say({ t: 'ack', serial, op: planned.op, ...diffFacts(facts, next.facts) });
  ({ model, facts } = next);
}
