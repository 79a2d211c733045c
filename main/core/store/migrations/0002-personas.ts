import type { Migration } from './migration';

export const migration0002: Migration = {
  version: 2,
  name: 'personas',
  up(db) {
    // deleted_at keeps a deleted persona restorable (undo) and keeps future links to it intact.
    db.exec(`
      CREATE TABLE personas (
        id         TEXT PRIMARY KEY NOT NULL,
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        position   INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX personas_live_position ON personas (position) WHERE deleted_at IS NULL;
    `);
  },
};
