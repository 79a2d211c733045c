import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

describe('migration 0004 journey-maps (from the v3 fixture)', () => {
  it('adds journey maps; interviews, highlights and search keep working; maps and notes become searchable', async () => {
    const path = fixtureProject(3, tempDir());
    const studio = await startStudio();
    const info = await studio.ok('project.open', { path });
    expect(info.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(info.counts.maps).toBe(0);
    expect(await studio.ok('journey.list', {})).toEqual([]);
    const [highlight] = await studio.ok('highlight.list', {});
    const [persona] = await studio.ok('persona.list', {});
    // Hits from before the migration carry no map.
    const old = (await studio.ok('search.query', { q: 'zrodlo' })).hits;
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((h) => h.mapId === null)).toBe(true);

    const created = await studio.ok('journey.create', { name: 'Po migracji', template: 'three-stages', lang: 'pl', personaIds: [persona!.id] });
    const map = await studio.ok('journey.get', { id: created.id });
    const pains = map.lanes.find((l) => l.kind === 'pains')!;
    await studio.ok('item.fromHighlight', { highlightId: highlight!.id, stageId: map.stages[0]!.id, laneId: pains.id });
    expect((await studio.ok('journey.get', { id: map.id })).items[0]).toMatchObject({ text: highlight!.quote, highlightIds: [highlight!.id] });
    await studio.ok('emotion.set', { stageId: map.stages[0]!.id, personaId: persona!.id, score: -4 });
    expect((await studio.ok('search.query', { q: 'migracji' })).hits.map((h) => [h.kind, h.mapId])).toEqual([['map', map.id]]);
    await studio.ok('project.close', {});

    expect((await studio.ok('project.check', { path })).problems).toEqual([]);
    const reopened = await studio.ok('project.open', { path });
    expect(reopened.counts.maps).toBe(1);
    expect((await studio.ok('journey.get', { id: map.id })).emotions.map((e) => e.score)).toEqual([-4]);
  });
});
