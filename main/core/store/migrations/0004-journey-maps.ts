import type { Migration } from './migration';

/**
 * The search documents of live sticky notes matching `where`: a note is findable only while it,
 * its stage, its lane and its map are all live. The title stays empty so a map's name does not
 * make every note on it a hit.
 */
const liveItemDocs = (where: string) => `
  INSERT INTO search_docs (kind, ref_id, map_id, title, meta, body)
  SELECT 'item', i.id, i.map_id, '', '', i.text
  FROM journey_items i
  JOIN journey_maps m ON m.id = i.map_id AND m.deleted_at IS NULL
  JOIN journey_stages s ON s.id = i.stage_id AND s.deleted_at IS NULL
  JOIN journey_lanes l ON l.id = i.lane_id AND l.deleted_at IS NULL
  WHERE i.deleted_at IS NULL AND ${where};`;

export const migration0004: Migration = {
  version: 4,
  name: 'journey-maps',
  up(db) {
    // Soft deletes (deleted_at) make every delete undoable: a row comes back at its old position.
    // Positions are dense among live rows; a deleted row keeps the position it had.
    db.exec(`
      CREATE TABLE journey_maps (
        id            TEXT PRIMARY KEY NOT NULL,
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        goal          TEXT NOT NULL DEFAULT '' CHECK (length(goal) <= 1000),
        state         TEXT NOT NULL CHECK (state IN ('current', 'future')),
        scale         INTEGER NOT NULL CHECK (scale IN (2, 5)),
        lang          TEXT NOT NULL CHECK (lang IN ('pl', 'en')),
        template      TEXT NOT NULL,
        source_map_id TEXT REFERENCES journey_maps (id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        deleted_at    TEXT
      ) STRICT;
      CREATE INDEX journey_maps_source ON journey_maps (source_map_id);

      CREATE TABLE journey_map_personas (
        map_id     TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (map_id, persona_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX journey_map_personas_persona ON journey_map_personas (persona_id);

      CREATE TABLE journey_stages (
        id         TEXT PRIMARY KEY NOT NULL,
        map_id     TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        position   INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX journey_stages_map ON journey_stages (map_id, position);

      CREATE TABLE journey_lanes (
        id         TEXT PRIMARY KEY NOT NULL,
        map_id     TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('actions', 'thoughts', 'emotions', 'needs', 'touchpoints', 'channels',
                                                  'pains', 'opportunities', 'kpis', 'owner', 'custom')),
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        hidden     INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        position   INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX journey_lanes_map ON journey_lanes (map_id, position);

      CREATE TABLE journey_items (
        id         TEXT PRIMARY KEY NOT NULL,
        map_id     TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        stage_id   TEXT NOT NULL REFERENCES journey_stages (id) ON DELETE CASCADE,
        lane_id    TEXT NOT NULL REFERENCES journey_lanes (id) ON DELETE CASCADE,
        text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        colour     TEXT NOT NULL,
        owner      TEXT,
        channel_id TEXT,
        kpi_metric TEXT CHECK (kpi_metric IN ('csat', 'nps', 'crr', 'conversion', 'custom')),
        kpi_label  TEXT,
        kpi_unit   TEXT,
        kpi_target REAL,
        kpi_actual REAL,
        position   INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX journey_items_map ON journey_items (map_id);
      CREATE INDEX journey_items_cell ON journey_items (stage_id, lane_id, position) WHERE deleted_at IS NULL;
      CREATE INDEX journey_items_lane ON journey_items (lane_id);

      -- One score per stage and persona; kept when a persona leaves the map, so re-adding it restores the curve.
      CREATE TABLE journey_emotions (
        stage_id   TEXT NOT NULL REFERENCES journey_stages (id) ON DELETE CASCADE,
        persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        map_id     TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        score      INTEGER NOT NULL CHECK (score BETWEEN -5 AND 5),
        note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (stage_id, persona_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX journey_emotions_map ON journey_emotions (map_id);
      CREATE INDEX journey_emotions_persona ON journey_emotions (persona_id);

      CREATE TABLE map_item_evidence (
        item_id      TEXT NOT NULL REFERENCES journey_items (id) ON DELETE CASCADE,
        highlight_id TEXT NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        PRIMARY KEY (item_id, highlight_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX map_item_evidence_highlight ON map_item_evidence (highlight_id);

      -- Search hits on maps and notes open their map; a note's hit takes its title from the map at query time.
      ALTER TABLE search_docs ADD COLUMN map_id TEXT;
      CREATE INDEX search_docs_map ON search_docs (map_id) WHERE map_id IS NOT NULL;

      CREATE TRIGGER journey_maps_search_ai AFTER INSERT ON journey_maps WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_docs (kind, ref_id, map_id, title, meta, body) VALUES ('map', new.id, new.id, new.name, '', new.goal);
      END;
      CREATE TRIGGER journey_maps_search_au AFTER UPDATE OF name, goal, deleted_at ON journey_maps BEGIN
        DELETE FROM search_docs WHERE kind = 'map' AND ref_id = old.id;
        INSERT INTO search_docs (kind, ref_id, map_id, title, meta, body)
        SELECT 'map', new.id, new.id, new.name, '', new.goal WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER journey_maps_search_live AFTER UPDATE OF deleted_at ON journey_maps
      WHEN old.deleted_at IS NOT new.deleted_at BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND map_id = new.id;
        ${liveItemDocs('i.map_id = new.id')}
      END;
      CREATE TRIGGER journey_maps_search_ad AFTER DELETE ON journey_maps BEGIN
        DELETE FROM search_docs WHERE map_id = old.id;
      END;

      CREATE TRIGGER journey_stages_search_live AFTER UPDATE OF deleted_at ON journey_stages
      WHEN old.deleted_at IS NOT new.deleted_at BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id IN (SELECT id FROM journey_items WHERE stage_id = new.id);
        ${liveItemDocs('i.stage_id = new.id')}
      END;
      CREATE TRIGGER journey_lanes_search_live AFTER UPDATE OF deleted_at ON journey_lanes
      WHEN old.deleted_at IS NOT new.deleted_at BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id IN (SELECT id FROM journey_items WHERE lane_id = new.id);
        ${liveItemDocs('i.lane_id = new.id')}
      END;

      CREATE TRIGGER journey_items_search_ai AFTER INSERT ON journey_items BEGIN
        ${liveItemDocs('i.id = new.id')}
      END;
      CREATE TRIGGER journey_items_search_au AFTER UPDATE OF text, stage_id, lane_id, deleted_at ON journey_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id;
        ${liveItemDocs('i.id = new.id')}
      END;
      CREATE TRIGGER journey_items_search_ad AFTER DELETE ON journey_items BEGIN
        DELETE FROM search_docs WHERE kind = 'item' AND ref_id = old.id;
      END;
    `);
  },
};
