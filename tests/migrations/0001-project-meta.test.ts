import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../main/core/store/migrations/0001-project-meta';

describe('migration 0001 project-meta (from an empty database)', () => {
  it('creates the meta table', () => {
    const db = new Database(':memory:');
    migration0001.up(db);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('lang', 'pl');
    expect(db.prepare('SELECT value FROM meta').pluck().get()).toBe('pl');
    expect(() => db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('lang', 'en')).toThrow(/UNIQUE/);
    db.close();
  });
});
