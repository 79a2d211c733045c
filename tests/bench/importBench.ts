import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createDispatcher } from '../../main/core/dispatch';
import { PARSER_NESTING } from '../../main/core/notes/import/markdownTree';
import { IMPORT_TIME_LIMIT_MS } from '../../shared/notes/importLimits';

/** The bare engine gets this long before it is stopped: some hostile inputs would keep it busy for minutes. */
const BARE_LIMIT_MS = 10_000;

export interface ImportCase {
  name: string;
  fileName: string;
  bytes: Buffer;
}

export interface ImportFigures {
  name: string;
  megabytes: number;
  studio: { median: number; min: number; max: number; outcome: string };
  bare: { median: number; min: number; max: number; outcome: string };
}

const realisticMarkdown = (bytes: number) => {
  const section = (i: number) =>
    `## Rozmowa ${i}: zakup samochodu\n\nKlient mówi, że **cena** jest najważniejsza, ale *serwis* też się liczy;\n` +
    `jazda próbna w salonie w Łodzi przekonała go do [oferty](https://example.com/oferta/${i}).\n\n` +
    `- pierwsze wrażenie: „miła obsługa”\n- czas oczekiwania: za długi\n  - dwa tygodnie na termin\n\n> Nie lubię czekać na telefon z salonu.\n\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const s = section(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
};

const realisticSubtitles = (bytes: number) => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const t = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
    const cue = `${i}\n${t(i * 3)} --> ${t(i * 3 + 2)}\n${i % 2 ? 'Anna' : 'Sprzedawca'}: Zdanie numer ${i} o cenie, serwisie i jeździe próbnej.\n\n`;
    parts.push(cue);
    size += Buffer.byteLength(cue);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
};

/** The files the import used to choke on, and the largest realistic ones it accepts. */
export function importCases(): ImportCase[] {
  const text = (name: string, fileName: string, content: string | Buffer) => ({ name, fileName, bytes: Buffer.from(content) });
  return [
    text('40 KB of unclosed "[a(" lines', 'slow.md', '\n[a('.repeat(10_000)),
    text('80 KB of unclosed "[a(" lines', 'slower.md', '\n[a('.repeat(20_000)),
    text('4.9 MB unclosed "![[", "[a(", "<script"', 'stall.md', '![[[a(<script '.repeat(350_000)),
    text('list nested 5,000 levels', 'deep.md', `${'- '.repeat(5_000)}x\n`),
    text('a million minimal cues (.srt)', 'million.srt', Buffer.concat(Array.from({ length: 1_000_000 }, () => Buffer.from('00:01.0-->\nx\n\n')))),
    text('realistic notes, 1 MB (.md)', 'notes.md', realisticMarkdown(1024 * 1024)),
    text('realistic notes, 20 MB (.md)', 'notes.md', realisticMarkdown(20 * 1024 * 1024 - 1024)),
    text('realistic transcript, 20 MB (.srt)', 'call.srt', realisticSubtitles(20 * 1024 * 1024 - 1024)),
  ];
}

/**
 * The bare engine on the same bytes in a fresh thread, as the studio parses: markdown-it's CommonMark
 * parser for Markdown, as deep as the studio lets it nest; for subtitles, decoding and one pass over the lines, the least any reader does.
 */
function bareRun(testCase: ImportCase): Promise<{ ms: number; outcome: string }> {
  const markdownIt = pathToFileURL(createRequire(import.meta.url).resolve('markdown-it')).href;
  const source = `
    import { parentPort, workerData } from 'node:worker_threads';
    import MarkdownIt from ${JSON.stringify(markdownIt)};
    const text = new TextDecoder().decode(workerData.bytes);
    if (workerData.markdown) {
      const parser = new MarkdownIt('commonmark', { html: true });
      parser.options.maxNesting = workerData.nesting;
      parser.parse(text, {});
    }
    else { let lines = 0; for (let i = text.indexOf('\\n'); i >= 0; i = text.indexOf('\\n', i + 1)) lines++; }
    parentPort.postMessage('parsed');`;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), {
      workerData: { bytes: testCase.bytes, markdown: testCase.fileName.endsWith('.md'), nesting: PARSER_NESTING },
    });
    const done = (outcome: string) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({ ms: performance.now() - t0, outcome });
    };
    const timer = setTimeout(() => done(`stopped at ${BARE_LIMIT_MS / 1000} s`), BARE_LIMIT_MS);
    worker.on('message', () => done('parsed'));
    worker.on('error', (e) => done(`failed: ${e.message.slice(0, 40)}`));
  });
}

const spread = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

/**
 * interview.import through the whole stack (dispatch → writer → import worker → insert), with the
 * built workers when out/ is there, as the app runs them, against the bare engine, call by call.
 */
export async function importBench(dir: string, runs = 3): Promise<{ figures: ImportFigures[]; built: boolean; limitMs: number }> {
  const workerUrl = new URL('../../out/main/worker.js', import.meta.url);
  const built = existsSync(workerUrl);
  const dispatcher = createDispatcher({
    configDir: join(dir, 'config'),
    projectsDir: join(dir, 'projects'),
    defaultLang: 'en',
    ...(built ? { workerUrl } : {}),
  });
  const opened = await dispatcher.dispatch('project.create', { path: 'bench-imports' });
  if (!opened.ok) throw new Error(opened.error.message);
  const figures: ImportFigures[] = [];
  try {
    for (const testCase of importCases()) {
      const content = testCase.bytes.toString('base64');
      const studio: number[] = [];
      const bare: number[] = [];
      let studioOutcome = '';
      let bareOutcome = '';
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const result = await dispatcher.dispatch('interview.import', { fileName: testCase.fileName, content });
        studio.push(performance.now() - t0);
        studioOutcome = result.ok ? 'imported' : `${result.error.code}: ${String(result.error.params?.details ?? '').slice(0, 60)}`;
        const b = await bareRun(testCase);
        bare.push(b.ms);
        bareOutcome = b.outcome;
      }
      figures.push({
        name: testCase.name,
        megabytes: testCase.bytes.length / (1024 * 1024),
        studio: { ...spread(studio), outcome: studioOutcome },
        bare: { ...spread(bare), outcome: bareOutcome },
      });
    }
  } finally {
    await dispatcher.close();
  }
  return { figures, built, limitMs: IMPORT_TIME_LIMIT_MS };
}

/** The figures as the benchmark prints them. */
export function printImportFigures({ figures, built, limitMs }: Awaited<ReturnType<typeof importBench>>): void {
  const ms = (n: number) => n.toFixed(0).padStart(6);
  console.log(`\nimport through dispatch (${built ? 'built workers' : 'from source'}; parse limit ${limitMs} ms) vs bare engine in a fresh thread, alternating; median [min–max] ms`);
  for (const f of figures) {
    console.log(`${f.name.padEnd(42)} ${f.megabytes.toFixed(2).padStart(6)} MB`);
    console.log(`  studio ${ms(f.studio.median)} [${ms(f.studio.min)}–${ms(f.studio.max)}]  ${f.studio.outcome}`);
    console.log(`  bare   ${ms(f.bare.median)} [${ms(f.bare.min)}–${ms(f.bare.max)}]  ${f.bare.outcome}`);
  }
}
