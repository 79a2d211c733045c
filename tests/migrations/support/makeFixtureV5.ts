/**
 * Writes tests/migrations/fixtures/v5.cjstudio: the v4 fixture opened (so migrated) by the studio
 * at schema v5, with one more interview saved through the real operations. Run with
 * `npx tsx tests/migrations/support/makeFixtureV5.ts` while the current schema is v5.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../../main/core/dispatch';
import { fixtureProject } from './fixtureProject';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'fixture-v5-'));
const dispatcher = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'en' });

async function ok(op: string, input: unknown): Promise<{ [key: string]: unknown }> {
  const r = await dispatcher.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as { [key: string]: unknown };
}

try {
  const path = fixtureProject(4, dir, 'project.cjstudio');
  const info = await ok('project.open', { path });
  if (info.schemaVersion !== 5) throw new Error(`the current schema is v${String(info.schemaVersion)}, not v5`);
  await ok('interview.create', { title: 'Phone follow-up', participant: 'P02', place: 'phone' });
  await ok('project.close', {});
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  copyFileSync(path, join(fixtures, 'v5.cjstudio'));
} finally {
  await dispatcher.close();
  rmSync(dir, { recursive: true, force: true });
}
