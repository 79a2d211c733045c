import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/migrations';
import { startStudio, tempDir } from '../unit/support/tempStudio';
import { fixtureProject } from './support/fixtureProject';

describe('migration 0005 interview-summary-index (from the v4 fixture)', () => {
  it('lists interviews from a covering index instead of reading every note', async () => {
    const path = fixtureProject(4, tempDir());
    const studio = await startStudio();
    expect((await studio.ok('project.open', { path })).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const before = (await studio.ok('interview.list', {})).map((i) => i.title);
    await studio.ok('project.close', {});
    const db = new Database(path, { readonly: true });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id, title, word_count, updated_at FROM interviews WHERE deleted_at IS NULL')
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join(' ');
    db.close();
    expect(plan).toMatch(/COVERING INDEX interviews_summary/);
    await studio.ok('project.open', { path });
    expect((await studio.ok('interview.list', {})).map((i) => i.title)).toEqual(before);
  });
});
