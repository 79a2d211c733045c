import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'project-meta',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
