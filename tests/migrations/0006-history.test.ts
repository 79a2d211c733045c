import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

describe('migration 0006 history (the v6 fixture)', () => {
  it("keeps a window's undo step and the revision across the upgrade", async () => {
    const path = fixtureProject(6, tempDir());
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect((await studio.ok('tag.list', {})).map((t) => t.name)).toEqual(['Price & credit']);
    const since = await studio.ok('project.changesSince', { rev: 1 });
    expect(since).toMatchObject({ reload: false, rev: 1, changeSets: [] });
    const undone = await studio.dispatcher.dispatch('history.undo', {}, 'fixture-window');
    expect(undone.ok && (undone.value as { op: string }).op).toBe('tag.update');
    expect(undone.ok && undone.changes?.rev).toBe(2);
    expect((await studio.ok('tag.list', {})).map((t) => t.name)).toEqual(['Price']);
  });
});
