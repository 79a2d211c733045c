import { expect, it } from 'vitest';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('while a slow import is parsed, persona.create and interview.saveNotes keep answering within 50 ms', async () => {
  const studio = await startStudio();
  await studio.ok('project.create', { path: 'busy' });
  const interview = await studio.ok('interview.create', { title: 'Autozapis' });
  // Warm the paths measured below, so a first call's compilation is not counted as waiting.
  await studio.ok('persona.create', { name: 'Rozgrzewka' });
  let version = (await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Początek.']), baseVersion: 0 })).notesVersion;

  // Four megabytes of unclosed brackets: the Markdown parser needs far longer than its time limit.
  let importAnsweredAt = Infinity;
  const t0 = performance.now();
  const slow = studio.call('interview.import', { fileName: 'slow.md', content: base64('\n[a('.repeat(1_000_000)) }).then((result) => {
    importAnsweredAt = performance.now();
    return result;
  });
  // Let the import reach its parse before the measured calls start.
  await sleep(1_000);

  const timings: number[] = [];
  for (let i = 0; i < 10; i++) {
    let t = performance.now();
    await studio.ok('persona.create', { name: `Persona ${i}` });
    timings.push(performance.now() - t);
    t = performance.now();
    version = (await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf([`Akapit ${i}.`]), baseVersion: version })).notesVersion;
    timings.push(performance.now() - t);
    await sleep(50);
  }
  const measuredUntil = performance.now();

  const refused = await slow;
  expect(refused.ok || refused.error.code).toBe('import_refused');
  // The calls were made while the import was still running, and it took seconds, not milliseconds.
  expect(importAnsweredAt).toBeGreaterThan(measuredUntil);
  expect(importAnsweredAt - t0).toBeGreaterThan(2_000);
  for (const ms of timings) expect(ms).toBeLessThan(50);
}, 60_000);

it('an import whose project was closed and another opened during its parse is refused, writing to neither', async () => {
  const studio = await startStudio();
  const first = await studio.ok('project.create', { path: 'first' });
  const importing = studio.call('interview.import', { fileName: 'notes.md', content: base64('# Notatki\n\nTreść.') });
  await studio.ok('project.create', { path: 'second' });
  const result = await importing;
  expect(result.ok || result.error.code).toBe('no_project');
  expect(await studio.ok('interview.list', {})).toEqual([]);
  await studio.ok('project.open', { path: first.path });
  expect(await studio.ok('interview.list', {})).toEqual([]);
}, 30_000);
