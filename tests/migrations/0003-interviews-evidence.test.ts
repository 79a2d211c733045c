import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

describe('migration 0003 interviews-evidence (from the v2 fixture)', () => {
  it('adds interviews, tags and highlights, and indexes the existing personas for search', async () => {
    const path = fixtureProject(2, tempDir());
    const studio = await startStudio();
    const info = await studio.ok('project.open', { path });
    expect(info.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(info.counts).toEqual({ personas: 2, interviews: 0, maps: 0 });
    expect((await studio.ok('search.query', { q: 'Łucja' })).hits.map((h) => h.title)).toEqual(['Łucja']);
    // The deleted persona stays out of search until it is restored.
    expect((await studio.ok('search.query', { q: 'Gone' })).hits).toEqual([]);
    await studio.ok('persona.restore', { id: '0b6e1c1e-9a6f-4d55-9f0e-3c1f1f0b8a03' });
    expect((await studio.ok('search.query', { q: 'Gone' })).hits.map((h) => h.kind)).toEqual(['persona']);
    const interview = await studio.ok('interview.create', { title: 'Po migracji' });
    expect(interview.notesVersion).toBe(0);
  });
});
