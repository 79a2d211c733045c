import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchStudio } from './browserStudio';
import { median } from './stats';
import { measureJourneyMap } from './journey.browser';
import { measureBareTyping, measureNotebookOpen, measureTyping } from './notebook.browser';
import { bundleBench } from './bundleBench';
import { importBench, printImportFigures } from './importBench';
import { journeyBench } from './journeyBench';
import { crossPageBench, moveBench } from './liveBench';
import { notebookBench } from './notebookBench';
import { personaBench } from './personaBench';
import { noteOf } from './seededCorpus';

const { values } = parseArgs({ options: { json: { type: 'string' } } });
const dir = mkdtempSync(join(tmpdir(), 'studio-bench-'));
const fmt = (n: number) => n.toFixed(2).padStart(8);

try {
  const personas = await personaBench(dir);
  const ratio = personas.create.p50 / personas.bareInsert.p50;
  console.log('Journey Studio benchmark (medians; ms)');
  console.log(`persona save round trip  p50 ${fmt(personas.create.p50)}  p95 ${fmt(personas.create.p95)}`);
  console.log(`bare better-sqlite3      p50 ${fmt(personas.bareInsert.p50)}  p95 ${fmt(personas.bareInsert.p95)}`);
  console.log(`ratio to bare (p50)      ${ratio.toFixed(2)}x`);
  console.log(`persona list             p50 ${fmt(personas.list.p50)}  p95 ${fmt(personas.list.p95)}`);

  const notebook = await notebookBench(dir);
  const searchRatio = notebook.search.p50 / notebook.bareSearch.p50;
  const searchRatio95 = notebook.search.p95 / notebook.bareSearch.p95;
  console.log(`\nnotebook: ${notebook.interviews} interviews, ${notebook.words.toLocaleString('en')} words (seeded in ${notebook.seedSeconds.toFixed(1)} s)`);
  console.log(`search, 100 queries      p50 ${fmt(notebook.search.p50)}  p95 ${fmt(notebook.search.p95)}   (target p95 < 30 ms)`);
  console.log(`bare FTS5, same queries  p50 ${fmt(notebook.bareSearch.p50)}  p95 ${fmt(notebook.bareSearch.p95)}`);
  console.log(`ratio to bare            p50 ${searchRatio.toFixed(2)}x  p95 ${searchRatio95.toFixed(2)}x   (target <= 2x)`);
  console.log(`note save round trip     p50 ${fmt(notebook.save.p50)}  p95 ${fmt(notebook.save.p95)}   (target p95 < 10 ms)`);
  console.log(`  20,000-word note, typed p50 ${fmt(notebook.longSave.p50)}  p95 ${fmt(notebook.longSave.p95)}   (only the changed paragraph sent)`);
  const bundles = await bundleBench(dir, notebook.projectPath);
  const speed = (f: { p50: number; p95: number }) => `p50 ${fmt(f.p50)} MB/s`;
  console.log(`bundle of that project (${bundles.projectMegabytes.toFixed(0)} MB, bundle ${bundles.bundleMegabytes.toFixed(0)} MB), alternated with a plain copy of the project file`);
  console.log(`  export                 ${speed(bundles.export)}   ${(bundles.export.p50 / bundles.copy.p50 * 100).toFixed(0)} % of the copy   (target >= 50 %)`);
  console.log(`  import                 ${speed(bundles.import)}   ${(bundles.import.p50 / bundles.copy.p50 * 100).toFixed(0)} % of the copy   (target >= 50 %)`);
  console.log(`  plain copy             ${speed(bundles.copy)}`);
  const notebookStudio = await benchStudio(dir, notebook.projectPath);
  // The host process has just started: its first answers run cold code, so that open is shown on its own.
  const firstOpen = await measureNotebookOpen(notebookStudio.url);
  const opens = [];
  for (let i = 0; i < 5; i++) opens.push(await measureNotebookOpen(notebookStudio.url));
  // Run by run, the studio and the bare editable take turns, so both see the machine as it is then.
  const typing = [];
  const bareTyping = [];
  for (let i = 0; i < 3; i++) {
    typing.push(await measureTyping(notebookStudio.url, notebook.longInterviewId, noteOf(notebook.longParagraphs)));
    bareTyping.push(await measureBareTyping(notebook.longParagraphs));
  }
  await notebookStudio.close();
  const notebookBrowser = {
    firstOpenMs: firstOpen.total,
    openMs: median(opens.map((o) => o.total)),
    openNavMs: median(opens.map((o) => o.nav)),
    openListMs: median(opens.map((o) => o.list)),
    openEditorMs: median(opens.map((o) => o.editor)),
    keystrokeP50: median(typing.map((t) => t.p50)),
    keystrokeP95: median(typing.map((t) => t.p95)),
    keystrokeWorkP50: median(typing.map((t) => t.workP50)),
    keystrokeWorkP95: median(typing.map((t) => t.workP95)),
    keystrokeCpuP50: median(typing.map((t) => t.cpuP50)),
    keystrokeCpuP95: median(typing.map((t) => t.cpuP95)),
    bareKeystrokeP50: median(bareTyping.map((t) => t.p50)),
    bareKeystrokeP95: median(bareTyping.map((t) => t.p95)),
    bareKeystrokeWorkP50: median(bareTyping.map((t) => t.workP50)),
    bareKeystrokeWorkP95: median(bareTyping.map((t) => t.workP95)),
    bareKeystrokeCpuP50: median(bareTyping.map((t) => t.cpuP50)),
    bareKeystrokeCpuP95: median(bareTyping.map((t) => t.cpuP95)),
  };
  const b = notebookBrowser;
  console.log(`open to interactive notebook (Chromium, median of 5)  ${fmt(notebookBrowser.openMs)}   (target < 1000 ms)`);
  console.log(`  page to navigation ${fmt(notebookBrowser.openNavMs)}, click to list ${fmt(notebookBrowser.openListMs)}, click to editable note ${fmt(notebookBrowser.openEditorMs)}`);
  console.log(`  first open after the host started ${fmt(notebookBrowser.firstOpenMs)}`);
  console.log('typing at the end of a 20,000-word note (Chromium, median of 3 runs of 200 keys)');
  console.log(`  main-thread work per key  p50 ${fmt(b.keystrokeWorkP50)}  p95 ${fmt(b.keystrokeWorkP95)}   (target < 16 ms)`);
  console.log(`  bare contenteditable      p50 ${fmt(b.bareKeystrokeWorkP50)}  p95 ${fmt(b.bareKeystrokeWorkP95)}`);
  console.log(`  ratio to bare             p50 ${(b.keystrokeWorkP50 / b.bareKeystrokeWorkP50).toFixed(2)}x  p95 ${(b.keystrokeWorkP95 / b.bareKeystrokeWorkP95).toFixed(2)}x`);
  console.log(`  of it on a CPU            p50 ${fmt(b.keystrokeCpuP50)}  p95 ${fmt(b.keystrokeCpuP95)}   (the rest waited for a core)`);
  console.log(`  bare contenteditable      p50 ${fmt(b.bareKeystrokeCpuP50)}  p95 ${fmt(b.bareKeystrokeCpuP95)}`);
  console.log(`  key to next frame         p50 ${fmt(b.keystrokeP50)}  p95 ${fmt(b.keystrokeP95)}   (includes the wait for the display's next frame)`);
  console.log(`  bare contenteditable      p50 ${fmt(b.bareKeystrokeP50)}  p95 ${fmt(b.bareKeystrokeP95)}`);

  const journey = await journeyBench(dir);
  console.log(`\njourney map 20 stages × 15 lanes × 600 notes, through dispatch`);
  console.log(`journey.get              p50 ${fmt(journey.get.p50)}  p95 ${fmt(journey.get.p95)}`);
  console.log(`item.move, dispatch      p50 ${fmt(journey.move.p50)}  p95 ${fmt(journey.move.p95)}`);
  const mapStudio = await benchStudio(dir, journey.projectPath);
  const mapRuns = [];
  for (let i = 0; i < 3; i++) mapRuns.push(await measureJourneyMap(mapStudio.url, journey.mapId));
  await mapStudio.close();
  const mapBrowser = {
    firstRenderMs: median(mapRuns.map((r) => r.firstRenderMs)),
    dragFrameP50: median(mapRuns.map((r) => r.dragFrameP50)),
    dragFrameP95: median(mapRuns.map((r) => r.dragFrameP95)),
  };
  console.log(`map first render (Chromium, median of 3)  ${fmt(mapBrowser.firstRenderMs)}   (target < 500 ms)`);
  console.log(`drag frame               p50 ${fmt(mapBrowser.dragFrameP50)}  p95 ${fmt(mapBrowser.dragFrameP95)}   (target < 16 ms)`);

  const moves = await moveBench(dir);
  console.log('\nlive project: item.move against the bare UPDATE of the same row, each way of calling in a pass of its own, alternated call by call');
  for (const m of moves) {
    const line = (label: string, f: { studio: { p50: number; p95: number }; bare: { p50: number; p95: number } }) =>
      `  ${label.padEnd(22)} p50 ${fmt(f.studio.p50)}  p95 ${fmt(f.studio.p95)}   bare p50 ${fmt(f.bare.p50)}  p95 ${fmt(f.bare.p95)}   ratio p50 ${(f.studio.p50 / f.bare.p50).toFixed(2)}x  p95 ${(f.studio.p95 / f.bare.p95).toFixed(2)}x`;
    console.log(`  ${m.notes} notes, answer ${m.answerBytes} B   (targets: p95 < ${m.notes > 1000 ? 10 : 5} ms${m.notes > 1000 ? '' : ', <= 3x bare'})`);
    console.log(line('over HTTP (node:http)', m.http));
    console.log(line('over HTTP (fetch)', m.fetched));
    console.log(line('through dispatch', m.dispatch));
  }
  const crossPage = await crossPageBench(dir, 40);
  console.log(`an edit in one page shown in another (Chromium)  p50 ${fmt(crossPage.p50)}  p95 ${fmt(crossPage.p95)}   (target p95 < 100 ms)`);

  const imports = await importBench(dir);
  printImportFigures(imports);
  if (values.json) writeFileSync(values.json, JSON.stringify({ personas, personaRatioToBare: ratio, notebook, bundles, searchRatio, searchRatio95, notebookBrowser, journey, mapBrowser, moves, crossPage, imports }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
