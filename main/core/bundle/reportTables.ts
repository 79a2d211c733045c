import type { Database } from 'better-sqlite3';
import { csvText } from './csvText';

/** One CSV per kind of thing in the project, read from the bundle's snapshot, live rows only. */
const TABLES: Record<string, { header: string[]; sql: string }> = {
  'personas.csv': {
    header: ['id', 'name', 'created_at', 'updated_at'],
    sql: 'SELECT id, name, created_at, updated_at FROM personas WHERE deleted_at IS NULL ORDER BY position',
  },
  'interviews.csv': {
    header: ['id', 'title', 'participant', 'started_at', 'duration_min', 'place', 'consent', 'word_count', 'notes'],
    sql: `SELECT id, title, participant, started_at, duration_min, place, consent, word_count, notes_text
          FROM interviews WHERE deleted_at IS NULL ORDER BY created_at`,
  },
  'tags.csv': {
    header: ['id', 'name', 'colour', 'highlights'],
    sql: `SELECT t.id, t.name, t.colour,
            (SELECT count(*) FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id
              JOIN interviews i ON i.id = h.interview_id AND i.deleted_at IS NULL WHERE ht.tag_id = t.id)
          FROM tags t ORDER BY t.name`,
  },
  'highlights.csv': {
    header: ['id', 'interview_id', 'interview', 'quote', 'tags', 'words_still_in_note'],
    sql: `SELECT h.id, i.id, i.title, h.quote,
            (SELECT group_concat(name, '; ') FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
              WHERE ht.highlight_id = h.id ORDER BY t.name)),
            CASE h.detached WHEN 0 THEN 'yes' ELSE 'no' END
          FROM highlights h JOIN interviews i ON i.id = h.interview_id AND i.deleted_at IS NULL
          ORDER BY i.created_at, h.start_offset`,
  },
  'maps.csv': {
    header: ['id', 'name', 'goal', 'state', 'template', 'lang'],
    sql: 'SELECT id, name, goal, state, template, lang FROM journey_maps WHERE deleted_at IS NULL ORDER BY created_at',
  },
  'stickies.csv': {
    header: ['id', 'map', 'stage', 'lane', 'text', 'owner', 'channel', 'kpi_metric', 'kpi_label', 'kpi_unit', 'kpi_target', 'kpi_actual'],
    sql: `SELECT it.id, m.name, s.name, l.name, it.text, it.owner, it.channel_id, it.kpi_metric, it.kpi_label, it.kpi_unit, it.kpi_target, it.kpi_actual
          FROM journey_items it
          JOIN journey_maps m ON m.id = it.map_id AND m.deleted_at IS NULL
          JOIN journey_stages s ON s.id = it.stage_id AND s.deleted_at IS NULL
          JOIN journey_lanes l ON l.id = it.lane_id AND l.deleted_at IS NULL
          WHERE it.deleted_at IS NULL ORDER BY m.created_at, s.position, l.position, it.position`,
  },
};

/** Each report table's file name and its CSV text. */
export function reportTables(db: Database): { name: string; text: string }[] {
  return Object.entries(TABLES).map(([name, { header, sql }]) => ({ name, text: csvText(header, db.prepare(sql).raw().all() as unknown[][]) }));
}
