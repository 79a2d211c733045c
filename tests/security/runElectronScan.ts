/**
 * npm run test:security — Electronegativity over the code that runs in Electron's processes.
 * The scanner itself exits 0 whatever it finds, so this reads its CSV and fails on any HIGH or
 * MEDIUM finding that tests/security/electronScanExceptions.json does not list with a reason, on
 * a listed exception that no longer matches anything, on a file it could not parse and on an
 * inline `eng-disable` comment.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectronVersion, judge, parseExceptions, scanFolders, SCANNED_FOLDERS, type Finding } from './electronScan';

const root = fileURLToPath(new URL('../..', import.meta.url));
const exceptionsFile = 'tests/security/electronScanExceptions.json';

const where = (f: Finding) => `${f.check} ${f.severity} ${f.file}:${f.line}${f.sample && f.sample !== 'N/A' ? `  ${f.sample}` : ''}`;

async function main(): Promise<number> {
  const exceptions = parseExceptions(readFileSync(join(root, exceptionsFile), 'utf8'));
  const electronVersion = installedElectronVersion(root);
  mkdirSync(join(root, '.reports'), { recursive: true });
  const csv = join(root, '.reports', 'electronegativity.csv');
  const run = await scanFolders({ sourceRoot: root, folders: SCANNED_FOLDERS, csv, electronVersion, toolRoot: root });
  const verdict = judge(run.findings, exceptions);

  console.log(`Electron security scan of ${SCANNED_FOLDERS.join(', ')} for Electron ${electronVersion}: ${run.findings.length} findings in ${(run.ms / 1000).toFixed(1)} s (${csv})`);
  for (const { finding, reason } of verdict.excepted) console.log(`  reviewed   ${where(finding)}\n             ${reason}`);
  for (const f of verdict.informational) console.log(`  not gating ${where(f)}: ${f.description}`);
  const problems = [
    ...verdict.failures.map((f) => `${where(f)}: ${f.description} (fix it, or list it with a reason in ${exceptionsFile})`),
    ...verdict.unused.map((e) => `${e.check} ${e.file}: a listed exception matches nothing any more; review ${exceptionsFile}`),
    ...run.parseErrors.map((e) => `the scanner could not read a file, so it checked nothing in it: ${e}`),
    ...run.suppressions.map((file) => `${file}: an eng-disable comment hides findings; list them in ${exceptionsFile} instead`),
  ];
  for (const p of problems) console.error(`  FAIL       ${p}`);
  console.log(problems.length === 0 ? 'Electron security scan passed.' : `Electron security scan failed: ${problems.length} problem(s).`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Electron security scan could not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
