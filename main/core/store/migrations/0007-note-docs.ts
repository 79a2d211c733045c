import type { Migration } from './migration';

/**
 * Each interview's note as a Yjs document, so windows typing into it at once merge instead of
 * overwriting each other. `state` is the whole document (Y.encodeStateAsUpdate); `epoch` counts the
 * times the note was replaced outright rather than edited (built from its old JSON, imported), so a
 * cached copy of an older document is never merged into the new one. A note from before this
 * version gets its document from its JSON when it is first opened.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'note-docs',
  up(db) {
    db.exec(`
      CREATE TABLE note_docs (
        interview_id TEXT PRIMARY KEY NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        state        BLOB NOT NULL,
        epoch        INTEGER NOT NULL DEFAULT 1,
        updated_at   TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
