import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { langFromLocale, translate } from '../shared/i18n/translate';
import { Lang } from '../shared/schema/common';
import type { AppError } from '../shared/result';
import { builtLocation } from './core/builtLocation';
import { createDispatcher, type Dispatcher } from './core/dispatch';
import { defaultPaths } from './core/paths';
import { runBrowserStudio } from './host/runBrowserStudio';

const lang = langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
/** Errors are one line on stderr; exit 2 means the input could not be used at all. */
const die = (text: string, code = 2): never => {
  process.stderr.write(`${text.split('\n')[0]}\n`);
  process.exit(code);
};

function dispatcher(): Dispatcher {
  const built = builtLocation();
  return createDispatcher({ ...defaultPaths(), defaultLang: lang, ...(built ? { workerUrl: built.workerUrl } : {}) });
}

async function call(d: Dispatcher, op: string, input: unknown): Promise<unknown> {
  const result = await d.dispatch(op, input);
  if (!result.ok) {
    await d.close();
    die(`journey-studio: ${(result.error as AppError).message}`);
  }
  return (result as { value: unknown }).value;
}

/** Whether the studio could open the file for editing here: both it and its folder writable. */
function writableHere(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function oneFile(positionals: string[], command: string): string {
  if (positionals.length !== 1) die(translate(lang, 'cli.badArgs', { details: `${command} takes exactly one FILE` }));
  return resolve(positionals[0]!);
}

/**
 * `bundle export|verify|import`: a refused bundle exits 1 with its reason, any other failure
 * (no such file, a folder that cannot be written) exits 2, each as one line on stderr.
 */
async function bundleCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  let positionals: string[];
  try {
    positionals = parseArgs({ args: rest, allowPositionals: true, strict: true, options: {} }).positionals;
  } catch (e) {
    return die(translate(lang, 'cli.badArgs', { details: (e as Error).message.split('\n')[0] ?? '' }));
  }
  const wanted = sub === 'verify' ? 1 : sub === 'export' || sub === 'import' ? 2 : 0;
  if (!wanted) return die(translate(lang, 'cli.badArgs', { details: 'bundle export, verify or import' }));
  if (positionals.length !== wanted) die(translate(lang, 'cli.badArgs', { details: `bundle ${sub} takes ${wanted === 1 ? 'one file' : 'two files'}` }));
  const [first, second] = positionals.map((p) => resolve(p)) as [string, string | undefined];
  const d = dispatcher();
  const op = sub === 'export' ? 'bundle.export' : sub === 'verify' ? 'bundle.verify' : 'bundle.import';
  const input = sub === 'export' ? { project: first, out: second } : sub === 'verify' ? { path: first } : { bundle: first, path: second };
  const result = await d.dispatch(op, input);
  await d.close();
  if (!result.ok) return die(`journey-studio: ${result.error.message}`, result.error.code === 'bundle_invalid' ? 1 : 2);
  const value = result.value as Record<string, unknown> & { counts?: Record<string, number> };
  if (sub === 'export') return say(translate(lang, 'cli.bundleExported', { path: first && second ? second : '', entries: value.entries as number, bytes: value.bytes as number }));
  if (sub === 'import') return say(translate(lang, 'cli.bundleImported', { path: value.path as string }));
  say(translate(lang, 'cli.bundleValid', { path: first, name: value.name as string, createdAt: value.createdAt as string, appVersion: value.appVersion as string, ...value.counts }));
}

/** `export map PROJECT MAP_ID --format pdf|png|svg|csv|md [--paper a4|a3|a2] --out FILE`. */
async function exportMapCommand(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string' }, paper: { type: 'string' }, out: { type: 'string' } } });
  } catch (e) {
    return die(translate(lang, 'cli.badArgs', { details: (e as Error).message.split('\n')[0] ?? '' }));
  }
  const { format, paper, out } = parsed.values;
  if (parsed.positionals.length !== 2 || !format || !out) return die(translate(lang, 'cli.badArgs', { details: 'export map takes PROJECT MAP_ID --format FORMAT --out FILE' }));
  const d = dispatcher();
  const result = await d.dispatch('map.export', { project: resolve(parsed.positionals[0]!), mapId: parsed.positionals[1], format, ...(paper ? { paper } : {}), out: resolve(out) });
  await d.close();
  if (!result.ok) return die(`journey-studio: ${result.error.message}`);
  const value = result.value as { path: string; pages: number };
  say(translate(lang, 'cli.mapExported', { path: value.path, pages: value.pages }));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return say(translate(lang, 'cli.usage'));
  if (command === 'web') return runBrowserStudio(rest);
  if (command === 'bundle') return bundleCommand(rest);
  if (command === 'export' && rest[0] === 'map') return exportMapCommand(rest.slice(1));

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: command === 'new' ? { sample: { type: 'boolean', default: false }, lang: { type: 'string' } } : {},
    });
  } catch (e) {
    return die(translate(lang, 'cli.badArgs', { details: (e as Error).message.split('\n')[0] ?? '' }));
  }
  const file = ['new', 'info', 'check'].includes(command) ? oneFile(parsed.positionals, command) : '';
  const d = dispatcher();
  switch (command) {
    case 'new': {
      const values = parsed.values as { sample?: boolean; lang?: string };
      const projectLang = values.lang === undefined ? lang : Lang.safeParse(values.lang).data;
      if (!projectLang) die(translate(lang, 'cli.badArgs', { details: `--lang must be pl or en` }));
      await call(d, 'project.create', { path: file, sample: values.sample ?? false, lang: projectLang });
      await d.close();
      return say(translate(lang, 'cli.created', { path: file }));
    }
    case 'info': {
      const info = (await call(d, 'project.inspect', { path: file })) as {
        schemaVersion: number;
        counts: Record<string, number>;
      };
      await d.close();
      say(translate(lang, 'cli.info', { path: file, schemaVersion: info.schemaVersion, ...info.counts }));
      if (!writableHere(file)) say(translate(lang, 'cli.readOnly'));
      return;
    }
    case 'check': {
      const report = (await call(d, 'project.check', { path: file })) as { schemaVersion: number; problems: string[] };
      await d.close();
      if (report.problems.length === 0) {
        const ok = translate(lang, 'cli.checkOk', { path: file, schemaVersion: report.schemaVersion });
        return say(writableHere(file) ? ok : `${ok}; ${translate(lang, 'cli.readOnly')}`);
      }
      say(translate(lang, 'cli.checkProblems', { path: file, count: report.problems.length }));
      for (const p of report.problems) say(`  - ${p}`);
      process.exit(1);
    }
    // falls through: process.exit never returns
    default:
      await d.close();
      die(translate(lang, 'cli.unknownCommand', { command: command.slice(0, 40) }));
  }
}

main(process.argv.slice(2)).catch((e: unknown) => die(`journey-studio: ${e instanceof Error ? e.message : String(e)}`));
