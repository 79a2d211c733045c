import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'zod';

/** The code that runs in Electron's processes; the core and the renderer are plain Node and web code. */
export const SCANNED_FOLDERS = ['main/electron', 'preload', 'shared'];
/** Findings at these levels fail the scan unless a reviewed exception names them. */
export const GATING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
/**
 * Asks GitHub for Electron's release list on every run: with no network it only waits, and the
 * Electron version the project pins is what the tests check anyway.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
  description: string;
}

const exceptionSchema = z
  .object({
    check: z.string().regex(/^[A-Z0-9_]+$/),
    file: z.string().min(1),
    /** when given, the scanner's sample of the source line must contain it */
    sample: z.string().min(1).optional(),
    reason: z.string().min(30),
  })
  .strict();
export type ScanException = z.infer<typeof exceptionSchema>;
const exceptionsSchema = z.object({ exceptions: z.array(exceptionSchema) }).strict();

export function parseExceptions(text: string): ScanException[] {
  return exceptionsSchema.parse(JSON.parse(text)).exceptions;
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** Electronegativity's CSV: issue, severity, confidence, filename, location, sample, description, url. */
export function findingsFromCsv(text: string): Finding[] {
  return parseCsv(text)
    .filter((r) => r[0]?.trim() !== 'issue')
    .map((r) => {
      if (r.length < 7) throw new Error(`unexpected scanner output row: ${r.join(',')}`);
      return {
        check: r[0]!.trim(),
        severity: r[1]!.trim(),
        confidence: r[2]!.trim(),
        file: r[3]!.trim().replaceAll('\\', '/'),
        line: Number(r[4]!.split(':')[0]),
        sample: r[5]!.trim(),
        description: r[6]!.trim(),
      };
    });
}

const matches = (f: Finding, e: ScanException) =>
  f.check === e.check && f.file === e.file && (e.sample === undefined || f.sample.includes(e.sample));

export interface Verdict {
  /** gating findings that no exception names */
  failures: Finding[];
  excepted: { finding: Finding; reason: string }[];
  /** exceptions that matched nothing: the code changed, so the list must be reviewed again */
  unused: ScanException[];
  /** below the gate, reported only */
  informational: Finding[];
}

export function judge(findings: Finding[], exceptions: ScanException[]): Verdict {
  const verdict: Verdict = { failures: [], excepted: [], unused: [], informational: [] };
  const used = new Set<ScanException>();
  for (const finding of findings) {
    const exception = exceptions.find((e) => matches(finding, e));
    if (exception) {
      used.add(exception);
      verdict.excepted.push({ finding, reason: exception.reason });
    } else if (GATING_SEVERITIES.has(finding.severity)) verdict.failures.push(finding);
    else verdict.informational.push(finding);
  }
  verdict.unused = exceptions.filter((e) => !used.has(e));
  return verdict;
}

/** Copies the scanned folders into one tree, so the global checks see the shell as one application. */
export function stageSources(root: string, folders: string[], into: string): void {
  for (const folder of folders) {
    const from = join(root, folder);
    if (!existsSync(from)) throw new Error(`scanned folder ${folder} does not exist`);
    cpSync(from, join(into, folder), { recursive: true });
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** An `eng-disable` comment would hide a finding from the scanner and from the reviewed list. */
export function inlineSuppressions(dir: string): string[] {
  return listFiles(dir)
    .filter((path) => /\.(c|m)?[jt]sx?$|\.html$/.test(path) && /eng-disable/.test(readFileSync(path, 'utf8')))
    .map((path) => relative(dir, path).replaceAll('\\', '/'));
}

export interface ScanRun {
  findings: Finding[];
  /** files the scanner could not parse, so did not check */
  parseErrors: string[];
  ms: number;
}

export interface ScanOptions {
  /** the folder to scan */
  input: string;
  csv: string;
  electronVersion: string;
  /** where @doyensec/electronegativity is installed */
  root: string;
  timeoutMs?: number;
}

/** Runs the scanner's own command line; it exits 0 whatever it finds, so the CSV is the answer. */
export function runElectronegativity(options: ScanOptions): Promise<ScanRun> {
  const cli = createRequire(join(options.root, 'package.json')).resolve('@doyensec/electronegativity/dist/index.js');
  const args = [cli, '-i', options.input, '-o', options.csv, '-r', '-v', 'false', '-e', options.electronVersion, '-x', EXCLUDED_CHECKS.join(',')];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.input,
      env: {
        ...process.env,
        // Its parser runs out of Node's default heap on a tree of this size.
        NODE_OPTIONS: '--max-old-space-size=8192',
        // It writes the CSV header and the rows as two concurrent writes, truncate and append: on
        // one libuv thread they run in the order issued, so no row can be truncated away.
        UV_THREADPOOL_SIZE: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`electronegativity stopped (${signal ?? `exit ${code}`}): ${output.slice(-2_000)}`));
      if (!existsSync(options.csv)) return reject(new Error(`electronegativity wrote no report: ${output.slice(-2_000)}`));
      const csv = readFileSync(options.csv, 'utf8');
      if (!csv.startsWith('issue,')) return reject(new Error(`electronegativity wrote a garbled report: ${csv.slice(0, 200)}`));
      const parseErrors = output.split('\n').filter((l) => /^Error parsing /.test(l.trim()));
      resolve({ findings: findingsFromCsv(csv), parseErrors, ms: Date.now() - started });
    });
  });
}

export function installedElectronVersion(root: string): string {
  const manifest = createRequire(join(root, 'package.json')).resolve('electron/package.json');
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(manifest, 'utf8'))).version;
}

export interface ScanFoldersOptions {
  /** the folders are relative to it, and so are the file names in the findings */
  sourceRoot: string;
  folders: string[];
  csv: string;
  electronVersion: string;
  /** where the scanner is installed */
  toolRoot: string;
}

/** Stages the folders, scans them once and removes the copy. */
export async function scanFolders(o: ScanFoldersOptions): Promise<ScanRun & { suppressions: string[] }> {
  const staged = mkdtempSync(join(tmpdir(), 'journey-studio-scan-'));
  try {
    stageSources(o.sourceRoot, o.folders, staged);
    const suppressions = inlineSuppressions(staged);
    const run = await runElectronegativity({ input: staged, csv: o.csv, electronVersion: o.electronVersion, root: o.toolRoot });
    return { ...run, suppressions };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}
