/**
 * Writes tests/migrations/fixtures/v6.cjstudio: the v5 fixture brought to schema v6 by migration
 * 0006 itself, with a revision and one undo step recorded by the core's own history code, as a
 * studio at v6 leaves a file after renaming a tag. Run with
 * `npx tsx tests/migrations/support/makeFixtureV6.ts`.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordStep } from '../../../main/core/live/historyStore';
import { migration0006 } from '../../../main/core/store/migrations/0006-history';
import { fixtureProject } from './fixtureProject';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'fixture-v6-'));

try {
  const path = fixtureProject(5, dir, 'project.cjstudio');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    migration0006.up(db);
    db.pragma('user_version = 6');
    const tag = db.prepare("SELECT id FROM tags WHERE name = 'Price'").pluck().get() as string;
    db.prepare("UPDATE tags SET name = 'Price & credit' WHERE id = ?").run(tag);
    recordStep(db, 'fixture-window', 'tag.update', null, [{ tbl: 'tags', key: JSON.stringify([tag]), before: { name: 'Price' }, after: { name: 'Price & credit' } }]);
    db.prepare("INSERT INTO meta (key, value) VALUES ('revision', '1')").run();
  })();
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  copyFileSync(path, join(fixtures, 'v6.cjstudio'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
