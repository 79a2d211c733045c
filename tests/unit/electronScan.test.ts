import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsFromCsv, inlineSuppressions, judge, parseCsv, parseExceptions, scanFolders, type Finding } from '../security/electronScan';
import { tempDir } from './support/tempStudio';

const projectRoot = join(import.meta.dirname, '..', '..');

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A shell that gets its window wrong in the ways the scanner knows, and opens any URL it is given. */
const LOOSE_SHELL = `
import { BrowserWindow, shell } from 'electron';
export function open(url: string) {
  const win = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  void shell.openExternal(url);
  return win;
}
`;

const finding = (over: Partial<Finding>): Finding => ({
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'FIRM',
  file: 'main/electron/window.ts',
  line: 3,
  sample: 'new BrowserWindow({})',
  description: 'Review the use of the contextIsolation option',
  ...over,
});

describe('Electron security scan gate', () => {
  it("reads the scanner's CSV, quoted commas, doubled quotes and its header included", () => {
    const csv =
      'issue, severity, confidence, filename, location, sample, description, url\n' +
      'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/electron/main.ts","50:25","openExternal: (url) => shell.openExternal(url), ""x""","Review, please",https://e/x\n';
    expect(parseCsv('a,"b,c"\r\n"d\ne",f')).toEqual([
      ['a', 'b,c'],
      ['d\ne', 'f'],
    ]);
    expect(findingsFromCsv(csv)).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'TENTATIVE',
        file: 'main/electron/main.ts',
        line: 50,
        sample: 'openExternal: (url) => shell.openExternal(url), "x"',
        description: 'Review, please',
      },
    ]);
  });

  it('fails on an unlisted HIGH or MEDIUM finding and on a stale exception; LOW only informs', () => {
    const high = finding({});
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' });
    const reason = 'The URL is checked to be http(s) and the user confirms it first.';
    expect(judge([high, low], [])).toMatchObject({ failures: [high], informational: [low], unused: [] });
    const listed = judge([high], [{ check: high.check, file: high.file, reason }]);
    expect(listed.failures).toEqual([]);
    expect(listed.excepted).toEqual([{ finding: high, reason }]);
    const otherLine = judge([high], [{ check: high.check, file: high.file, sample: 'preload: preloadPath', reason }]);
    expect(otherLine.failures).toEqual([high]);
    expect(otherLine.unused).toHaveLength(1);
  });

  it('the reviewed list is strict: a reason is required and unknown fields are refused', () => {
    const text = readFileSync(join(projectRoot, 'tests/security/electronScanExceptions.json'), 'utf8');
    expect(parseExceptions(text).length).toBeGreaterThan(0);
    expect(() => parseExceptions('{"exceptions":[{"check":"SANDBOX_JS_CHECK","file":"main/electron/main.ts"}]}')).toThrow();
    expect(() => parseExceptions('{"exceptions":[{"check":"SANDBOX_JS_CHECK","file":"a.ts","reason":"too short"}]}')).toThrow();
    expect(() =>
      parseExceptions('{"exceptions":[{"check":"X","file":"a.ts","reason":"a reason that is long enough to read","line":3}]}'),
    ).toThrow();
  });

  it('an eng-disable comment in the scanned code is found', () => {
    const dir = tempDir('studio-scan-inline-');
    write(join(dir, 'main/electron/ok.ts'), 'export const a = 1;\n');
    write(join(dir, 'main/electron/hidden.ts'), '// eng-disable CONTEXT_ISOLATION_JS_CHECK\nexport const b = 2;\n');
    expect(inlineSuppressions(dir)).toEqual(['main/electron/hidden.ts']);
  });

  it('the real scanner flags a loose window and a bare openExternal in a scanned folder', { timeout: 120_000 }, async () => {
    const root = tempDir('studio-scan-');
    write(join(root, 'main/electron/window.ts'), LOOSE_SHELL);
    write(join(root, 'preload/index.ts'), 'export {};\n');
    const run = await scanFolders({
      sourceRoot: root,
      folders: ['main/electron', 'preload'],
      csv: join(root, 'report.csv'),
      electronVersion: '45.4.1',
      toolRoot: projectRoot,
    });
    expect(run.parseErrors).toEqual([]);
    const verdict = judge(run.findings, []);
    const failed = verdict.failures.map((f) => `${f.check} ${f.severity} ${f.file}`);
    expect(failed).toContain('CONTEXT_ISOLATION_JS_CHECK HIGH main/electron/window.ts');
    expect(failed).toContain('AUXCLICK_JS_CHECK MEDIUM main/electron/window.ts');
    // No session handler anywhere in the scanned tree: the global checks see the folders as one app.
    expect(failed).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK MEDIUM N/A');
    expect(failed).toContain('SANDBOX_JS_CHECK MEDIUM main/electron/window.ts');
    expect(failed).toContain('OPEN_EXTERNAL_JS_CHECK MEDIUM main/electron/window.ts');
    expect(readFileSync(join(root, 'report.csv'), 'utf8')).toMatch(/^issue,/);
  });
});
