import type { Database } from 'better-sqlite3';
import type { Lang } from '../../../../shared/schema/common';
import { readMapModel, type MapModel } from '../../prints/readMapModel';
import { projectLang } from '../../store/projectMeta';

/** What the bundle's report shows, read from the bundle's snapshot: live rows only, in the studio's orders. */
export interface ReportData {
  name: string;
  lang: Lang;
  exportedAt: string;
  personas: { id: string; name: string }[];
  tags: { id: string; name: string; colour: string }[];
  interviews: {
    id: string;
    title: string;
    participant: string;
    startedAt: string | null;
    place: string;
    notes: string;
    personas: string[];
    highlights: { quote: string; tagIds: string[]; detached: boolean }[];
  }[];
  maps: MapModel[];
}

type Row = Record<string, unknown>;

export function reportData(db: Database, name: string, exportedAt: string): ReportData {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const highlightTags = new Map<string, string[]>();
  for (const r of all('SELECT highlight_id, tag_id FROM highlight_tags')) {
    const list = highlightTags.get(r.highlight_id as string) ?? [];
    list.push(r.tag_id as string);
    highlightTags.set(r.highlight_id as string, list);
  }
  const interviews = all(
    `SELECT id, title, participant, started_at, place, notes_text FROM interviews WHERE deleted_at IS NULL
     ORDER BY coalesce(started_at, created_at), created_at`,
  ).map((r) => ({
    id: r.id as string,
    title: r.title as string,
    participant: r.participant as string,
    startedAt: (r.started_at as string | null) ?? null,
    place: r.place as string,
    notes: r.notes_text as string,
    personas: all(
      'SELECT p.name FROM interview_personas ip JOIN personas p ON p.id = ip.persona_id AND p.deleted_at IS NULL WHERE ip.interview_id = ? ORDER BY p.position',
      r.id,
    ).map((p) => p.name as string),
    highlights: all('SELECT id, quote, detached FROM highlights WHERE interview_id = ? ORDER BY detached, start_offset, created_at', r.id).map((h) => ({
      quote: h.quote as string,
      tagIds: highlightTags.get(h.id as string) ?? [],
      detached: h.detached === 1,
    })),
  }));
  const maps = (db.prepare('SELECT id FROM journey_maps WHERE deleted_at IS NULL ORDER BY created_at').pluck().all() as string[]).map((id) => readMapModel(db, id)!);
  return {
    name,
    lang: projectLang(db),
    exportedAt,
    personas: all('SELECT id, name FROM personas WHERE deleted_at IS NULL ORDER BY position').map((p) => ({ id: p.id as string, name: p.name as string })),
    tags: all('SELECT id, name, colour FROM tags ORDER BY name COLLATE NOCASE').map((t) => ({ id: t.id as string, name: t.name as string, colour: t.colour as string })),
    interviews,
    maps,
  };
}
