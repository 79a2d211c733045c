import type { Migration } from './migration';

export const migration0006: Migration = {
  version: 6,
  name: 'history',
  up(db) {
    db.exec(`
      -- What each window can undo and redo: per step, the images of the rows it changed (JSON, only
      -- the changed columns of an update). undone = 1 marks steps that wait to be redone.
      CREATE TABLE history (
        seq          INTEGER PRIMARY KEY,
        client_id    TEXT NOT NULL,
        op           TEXT NOT NULL,
        coalesce_key TEXT,
        undone       INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        images       TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_client ON history (client_id, undone, seq);
    `);
  },
};
