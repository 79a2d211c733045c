import type { Database } from 'better-sqlite3';
import { emotionId, entityTypes, type ChangeSet, type EntityChanges, type EntityType } from '../../../shared/live/changeSet';
import { readEntities } from './entityReaders';
import type { TouchedRow } from './rowImages';
import { touchedEntities } from './touchedEntities';

const OWN_TABLE: Partial<Record<string, EntityType>> = {
  personas: 'persona',
  interviews: 'interview',
  tags: 'tag',
  highlights: 'highlight',
  journey_maps: 'journey',
  journey_stages: 'stage',
  journey_lanes: 'lane',
  journey_items: 'item',
};

/**
 * The change set of what the transaction touched, read inside it: every touched entity as it now
 * is, or its id among `removed` when it is gone or in the trash. Rows the operation created are
 * `added`; so is one that came back from the trash, which clients see appear.
 */
export function changeSetOf(db: Database, rows: readonly TouchedRow[], meta: { rev: number; op: string; clientId: string | null }): ChangeSet {
  const touched = touchedEntities(db, rows);
  const appeared = new Set<string>();
  for (const r of rows) {
    if (!r.inserted) continue;
    if (OWN_TABLE[r.tbl]) appeared.add(String(r.key[0]));
    else if (r.tbl === 'journey_emotions') appeared.add(emotionId(String(r.key[0]), String(r.key[1])));
  }
  const changes: ChangeSet['changes'] = {};
  for (const type of entityTypes) {
    const ids = [...touched[type]];
    if (!ids.length) continue;
    const live = readEntities(db, type, ids);
    const found = new Set(live.map((e) => e.id));
    const set: EntityChanges<(typeof live)[number]> = { added: [], updated: [], removed: ids.filter((id) => !found.has(id)) };
    for (const e of live) (appeared.has(e.id) ? set.added : set.updated).push(e);
    (changes as Record<EntityType, unknown>)[type] = set;
  }
  return { rev: meta.rev, op: meta.op, clientId: meta.clientId, changes };
}
