import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { personaBench } from './personaBench';

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
  if (values.json) writeFileSync(values.json, JSON.stringify({ personas, ratioToBare: ratio }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
