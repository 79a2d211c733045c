import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { nextTagColour } from '../../../shared/evidence/tagPalette';
import type { Tag } from '../../../shared/schema/evidence';
import { AppFailure } from '../appFailure';
import { cachedStatement } from './cachedStatement';


export const SELECT = `
  SELECT t.id, t.name, t.colour,
         (SELECT count(*) FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id
            JOIN interviews i ON i.id = h.interview_id AND i.deleted_at IS NULL
          WHERE ht.tag_id = t.id) AS highlightCount
  FROM tags t`;

export function listTags(db: Database): Tag[] {
  return cachedStatement(db, `${SELECT} ORDER BY t.name COLLATE NOCASE`).all() as Tag[];
}

export function getTag(db: Database, id: string): Tag {
  const tag = cachedStatement(db, `${SELECT} WHERE t.id = ?`).get(id) as Tag | undefined;
  if (!tag) throw new AppFailure('not_found', { what: `tag ${id}` });
  return tag;
}

// SQLite's NOCASE folds only ASCII letters: "Łódź" and "łódź" would pass as two names, and so
// would "ó" typed as one character and as "o" with a combining accent.
const folded = (name: string) => name.normalize('NFC').toLocaleLowerCase('pl');

function assertFreeName(db: Database, name: string, exceptId?: string) {
  const rows = cachedStatement(db, 'SELECT id, name FROM tags').all() as { id: string; name: string }[];
  const clash = rows.find((row) => row.id !== exceptId && folded(row.name) === folded(name));
  if (clash) throw new AppFailure('conflict', { details: 'conflict.tagNameTaken' });
}

export function createTag(db: Database, name: string, colour?: string): Tag {
  assertFreeName(db, name);
  const inUse = cachedStatement(db, 'SELECT colour FROM tags').pluck().all() as string[];
  const id = randomUUID();
  cachedStatement(db, 'INSERT INTO tags (id, name, colour, created_at) VALUES (?, ?, ?, ?)').run(id, name, colour ?? nextTagColour(inUse), new Date().toISOString());
  return getTag(db, id);
}

export function updateTag(db: Database, id: string, patch: { name?: string; colour?: string }): Tag {
  getTag(db, id);
  if (patch.name !== undefined) {
    assertFreeName(db, patch.name, id);
    cachedStatement(db, 'UPDATE tags SET name = ? WHERE id = ?').run(patch.name, id);
  }
  if (patch.colour !== undefined) cachedStatement(db, 'UPDATE tags SET colour = ? WHERE id = ?').run(patch.colour, id);
  return getTag(db, id);
}

/** Every highlight of the source tag moves to the target; the source tag is gone afterwards. */
export function mergeTags(db: Database, sourceId: string, targetId: string): Tag {
  getTag(db, sourceId);
  getTag(db, targetId);
  cachedStatement(db, 'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?').run(targetId, sourceId);
  cachedStatement(db, 'DELETE FROM tags WHERE id = ?').run(sourceId);
  return getTag(db, targetId);
}

export function deleteTag(db: Database, id: string): { id: string } {
  if (cachedStatement(db, 'DELETE FROM tags WHERE id = ?').run(id).changes === 0) throw new AppFailure('not_found', { what: `tag ${id}` });
  return { id };
}
