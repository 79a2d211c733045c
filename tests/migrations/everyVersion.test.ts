import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrations } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { deletedPersonaId, deletedStageId, fixtureProject, fixtureVersions } from './support/fixtureProject';

describe('opening a file of every earlier schema version', () => {
  it('has a fixture for every schema version and a numbered migration for each', () => {
    expect(fixtureVersions).toEqual(migrations.map((m) => m.version));
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  for (const version of fixtureVersions) {
    it(`brings a v${version} project to v${CURRENT_SCHEMA_VERSION}, passing check, with its data`, async () => {
      const dir = tempDir();
      const path = fixtureProject(version, dir);
      const gone = version >= 2 ? deletedPersonaId(path) : '';
      const goneStage = version >= 4 ? deletedStageId(path) : '';
      const studio = await startStudio();
      const info = await studio.ok('project.open', { path });
      expect(info.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const backups = readdirSync(dir).filter((f) => f.includes('.backup-'));
      expect(backups).toHaveLength(version < CURRENT_SCHEMA_VERSION ? 1 : 0);
      if (version >= 2) {
        expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Łucja', 'Tomek']);
        await studio.ok('persona.restore', { id: gone });
        expect((await studio.ok('persona.list', {})).map((p) => p.name)).toEqual(['Łucja', 'Tomek', 'Gone']);
      }
      if (version >= 3) {
        const [highlight] = await studio.ok('highlight.list', {});
        expect(highlight?.quote).toBe('the price decides');
        expect(highlight?.detached).toBe(false);
        const hits = (await studio.ok('search.query', { q: 'zrodlo' })).hits;
        expect(hits.map((h) => h.title)).toContain('Showroom visit');
      }
      if (version >= 4) {
        const [summary] = await studio.ok('journey.list', {});
        expect(summary).toMatchObject({ name: 'Buying a car', stageCount: 5, itemCount: 4 });
        const map = await studio.ok('journey.get', { id: summary!.id });
        expect(map.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Decision', 'Purchase & experience', 'Loyalty & advocacy']);
        const [highlight] = await studio.ok('highlight.list', {});
        expect(map.items.find((i) => i.text === 'the price decides')?.highlightIds).toEqual([highlight!.id]);
        expect(map.items.find((i) => i.kpi)?.kpi).toEqual({ metric: 'conversion', target: 30, actual: 22 });
        expect(map.emotions.map((e) => e.score)).toEqual([2, -3]);
        expect((await studio.ok('search.query', { q: 'reviews' })).hits.map((h) => [h.kind, h.mapId])).toEqual([['item', map.id]]);
        // The stage deleted before the migration stays in the trash with its note, hidden from the map.
        expect(map.stages.some((s) => s.id === goneStage)).toBe(false);
        expect(map.items.some((i) => i.stageId === goneStage)).toBe(false);
      }
      // Every file, migrated or not, can still be searched for its personas.
      if (version >= 2) expect((await studio.ok('search.query', { q: 'lucja' })).hits.map((h) => h.kind)).toContain('persona');
      await studio.ok('project.close', {});
      const report = await studio.ok('project.check', { path });
      expect(report.problems).toEqual([]);
    });
  }
});
