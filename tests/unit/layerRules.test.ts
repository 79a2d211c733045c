import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules are enforced by lint', () => {
  const cases: [string, string, boolean][] = [
    ['renderer/features/x.ts', "import { x } from '../../main/core/dispatch';\nexport const y = x;\n", true],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", true],
    ['renderer/features/x.ts', "import type { OpName } from '../../shared/operations';\nexport type Y = OpName;\n", false],
    ['renderer/features/x.ts', "import { operations } from '../../shared/operations';\nexport const y = operations;\n", true],
    ['renderer/features/x.ts', "import { KpiMetric } from '../../shared/schema/journey';\nexport const y = KpiMetric;\n", true],
    ['renderer/features/x.ts', "import { KPI_METRICS } from '../../shared/journey/kpiMetrics';\nexport const y = KPI_METRICS;\n", false],
    ['shared/x.ts', "import { app } from 'electron';\nexport const y = app;\n", true],
    ['shared/x.ts', "import { x } from '../main/core/dispatch';\nexport const y = x;\n", true],
    ['main/core/x.ts', "import { app } from 'electron';\nexport const y = app;\n", true],
    ['main/core/x.ts', "import { x } from '../host/startBrowserStudio';\nexport const y = x;\n", true],
    ['main/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", false],
    ['preload/x.ts', "import { x } from '../main/core/dispatch';\nexport const y = x;\n", true],
    ['main/host/x.ts', "import { app } from 'electron';\nexport const y = app;\n", true],
  ];
  for (const [file, code, refused] of cases) {
    it(`${refused ? 'refuses' : 'allows'} ${code.split('\n')[0]} in ${file}`, async () => {
      const messages = await restrictedImports(file, code);
      expect(messages.length > 0).toBe(refused);
    });
  }
});
