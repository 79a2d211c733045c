import type { Migration } from './migration';

/** ł does not decompose in Unicode, so unicode61's remove_diacritics misses it: fold it here. */
const fold = (expr: string) => `replace(replace(${expr}, 'ł', 'l'), 'Ł', 'L')`;

export const migration0003: Migration = {
  version: 3,
  name: 'interviews-evidence',
  up(db) {
    db.exec(`
      CREATE TABLE interviews (
        id            TEXT PRIMARY KEY NOT NULL,
        title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        participant   TEXT NOT NULL DEFAULT '',
        started_at    TEXT,
        duration_min  INTEGER CHECK (duration_min BETWEEN 0 AND 1440),
        place         TEXT NOT NULL DEFAULT '',
        consent       INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
        consent_note  TEXT NOT NULL DEFAULT '',
        notes_json    TEXT,
        notes_text    TEXT NOT NULL DEFAULT '',
        notes_version INTEGER NOT NULL DEFAULT 0,
        word_count    INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        deleted_at    TEXT
      ) STRICT;

      CREATE TABLE interview_personas (
        interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        persona_id   TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        PRIMARY KEY (interview_id, persona_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX interview_personas_persona ON interview_personas (persona_id);

      CREATE TABLE tags (
        id         TEXT PRIMARY KEY NOT NULL,
        name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        colour     TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE highlights (
        id           TEXT PRIMARY KEY NOT NULL,
        interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        quote        TEXT NOT NULL,
        current_text TEXT,
        start_offset INTEGER,
        end_offset   INTEGER,
        detached     INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX highlights_interview ON highlights (interview_id);

      CREATE TABLE highlight_tags (
        highlight_id TEXT NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
        tag_id       TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (highlight_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX highlight_tags_tag ON highlight_tags (tag_id);

      -- What full-text search sees: one row per searchable thing. Notes are indexed in chunks of a
      -- few paragraphs (kind 'note', part 1..n, position = offset in the note) so a snippet is cut
      -- from a chunk, not a whole interview, and typing re-indexes only the chunk that changed.
      CREATE TABLE search_docs (
        rowid        INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        ref_id       TEXT NOT NULL,
        part         INTEGER NOT NULL DEFAULT 0,
        interview_id TEXT,
        title        TEXT NOT NULL,
        meta         TEXT NOT NULL,
        body         TEXT NOT NULL,
        position     INTEGER,
        UNIQUE (kind, ref_id, part)
      ) STRICT;
      CREATE INDEX search_docs_interview ON search_docs (interview_id) WHERE interview_id IS NOT NULL;

      -- External content: the index holds folded tokens, snippets are cut from the original text.
      -- Folding ł keeps token boundaries, so the positions line up.
      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, meta, body,
        content = 'search_docs', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts (rowid, title, meta, body)
        VALUES (new.rowid, ${fold('new.title')}, ${fold('new.meta')}, ${fold('new.body')});
      END;
      CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, meta, body)
        VALUES ('delete', old.rowid, ${fold('old.title')}, ${fold('old.meta')}, ${fold('old.body')});
      END;
      CREATE TRIGGER search_docs_au AFTER UPDATE OF title, meta, body ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, meta, body)
        VALUES ('delete', old.rowid, ${fold('old.title')}, ${fold('old.meta')}, ${fold('old.body')});
        INSERT INTO search_fts (rowid, title, meta, body)
        VALUES (new.rowid, ${fold('new.title')}, ${fold('new.meta')}, ${fold('new.body')});
      END;

      CREATE TRIGGER personas_search_ai AFTER INSERT ON personas WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, title, meta, body) VALUES ('persona', new.id, new.name, '', '');
      END;
      CREATE TRIGGER personas_search_au AFTER UPDATE OF name, deleted_at ON personas BEGIN
        DELETE FROM search_docs WHERE kind = 'persona' AND ref_id = old.id;
        INSERT INTO search_docs (kind, ref_id, title, meta, body)
        SELECT 'persona', new.id, new.name, '', '' WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER personas_search_ad AFTER DELETE ON personas BEGIN
        DELETE FROM search_docs WHERE kind = 'persona' AND ref_id = old.id;
      END;

      -- The interview itself: its title, participant and place. Its note chunks are written by the
      -- core on save; a deleted interview's rows are filtered out at query time, not removed.
      CREATE TRIGGER interviews_search_ai AFTER INSERT ON interviews BEGIN
        INSERT INTO search_docs (kind, ref_id, interview_id, title, meta, body)
        VALUES ('interview', new.id, new.id, new.title, new.participant || ' ' || new.place, '');
      END;
      CREATE TRIGGER interviews_search_au AFTER UPDATE OF title, participant, place ON interviews BEGIN
        UPDATE search_docs SET title = new.title, meta = new.participant || ' ' || new.place
        WHERE kind = 'interview' AND ref_id = new.id;
      END;
      CREATE TRIGGER interviews_search_ad AFTER DELETE ON interviews BEGIN
        DELETE FROM search_docs WHERE interview_id = old.id;
      END;

      CREATE TRIGGER highlights_search_ai AFTER INSERT ON highlights BEGIN
        INSERT INTO search_docs (kind, ref_id, interview_id, title, meta, body)
        VALUES ('highlight', new.id, new.interview_id, '', '', new.quote);
      END;
      CREATE TRIGGER highlights_search_ad AFTER DELETE ON highlights BEGIN
        DELETE FROM search_docs WHERE kind = 'highlight' AND ref_id = old.id;
      END;

      INSERT INTO search_docs (kind, ref_id, title, meta, body)
      SELECT 'persona', id, name, '', '' FROM personas WHERE deleted_at IS NULL;
    `);
  },
};
