/**
 * Writes tests/migrations/fixtures/v4.cjstudio: the v3 fixture opened (so migrated) by the studio
 * at schema v4, with a journey map added through the real operations. Run with
 * `npx tsx tests/migrations/support/makeFixtureV4.ts` while the current schema is v4.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../../main/core/dispatch';
import type { OpName, OpOutput } from '../../../shared/operations';
import { fixtureProject } from './fixtureProject';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'fixture-v4-'));
const dispatcher = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'en' });

async function ok<K extends OpName>(op: K, input: unknown): Promise<OpOutput<K>> {
  const r = await dispatcher.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as OpOutput<K>;
}

try {
  const path = fixtureProject(3, dir, 'project.cjstudio');
  const info = await ok('project.open', { path });
  if (info.schemaVersion !== 4) throw new Error(`the current schema is v${info.schemaVersion}, not v4`);
  const [lucja] = await ok('persona.list', {});
  const [highlight] = await ok('highlight.list', {});
  if (!lucja || !highlight) throw new Error('the v3 fixture lost its persona or highlight');

  const created = await ok('journey.create', {
    name: 'Buying a car',
    goal: 'Choose and buy a family car',
    template: 'five-stages',
    lang: 'en',
    scale: 5,
    personaIds: [lucja.id],
  });
  const map = await ok('journey.get', { id: created.id });
  const lane = (kind: string) => map.lanes.find((l) => l.kind === kind)!.id;
  const [awareness, consideration, decision] = map.stages;
  await ok('item.create', { stageId: awareness!.id, laneId: lane('actions'), text: 'Reads car reviews online' });
  await ok('item.create', { stageId: awareness!.id, laneId: lane('channels'), text: 'Dealer website', channelId: 'website' });
  await ok('item.create', { stageId: decision!.id, laneId: lane('kpis'), text: 'Test-drive conversion', kpi: { metric: 'conversion', target: 30, actual: 22 } });
  await ok('item.fromHighlight', { highlightId: highlight.id, stageId: consideration!.id, laneId: lane('pains') });
  await ok('emotion.set', { stageId: awareness!.id, personaId: lucja.id, score: 2, note: 'Curious' });
  await ok('emotion.set', { stageId: consideration!.id, personaId: lucja.id, score: -3, note: 'Price shock' });
  // A deleted stage holding a note, so later versions can check it still restores.
  const extra = await ok('stage.add', { mapId: map.id, name: 'Financing', index: 3 });
  await ok('item.create', { stageId: extra.changedId, laneId: lane('needs'), text: 'Leasing with low instalments' });
  await ok('stage.delete', { id: extra.changedId });
  await ok('project.close', {});

  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  copyFileSync(path, join(fixtures, 'v4.cjstudio'));
  console.log(`wrote ${join(fixtures, 'v4.cjstudio')}`);
} finally {
  await dispatcher.close();
  rmSync(dir, { recursive: true, force: true });
}
