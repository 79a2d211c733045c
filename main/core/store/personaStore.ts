import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Persona } from '../../../shared/schema/persona';
import { AppFailure } from '../appFailure';
import { cachedStatement } from './cachedStatement';

export interface PersonaRow {
  id: string;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export const toPersona = (r: PersonaRow): Persona => ({
  id: r.id,
  name: r.name,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const COLUMNS = 'id, name, position, created_at, updated_at';

export function listPersonas(db: Database): Persona[] {
  const rows = cachedStatement(db, `SELECT ${COLUMNS} FROM personas WHERE deleted_at IS NULL ORDER BY position, created_at, id`)
    .all() as PersonaRow[];
  return rows.map(toPersona);
}

export function getPersona(db: Database, id: string): Persona {
  const row = cachedStatement(db, `SELECT ${COLUMNS} FROM personas WHERE id = ? AND deleted_at IS NULL`).get(id) as
    | PersonaRow
    | undefined;
  if (!row) throw new AppFailure('not_found', { what: `persona ${id}` });
  return toPersona(row);
}

/** Positions stay 0..n-1 over live personas, so an order is never ambiguous. */
function renumber(db: Database, orderedIds: readonly string[], now: string): void {
  const set = cachedStatement(db, 'UPDATE personas SET position = ?, updated_at = CASE WHEN position = ? THEN updated_at ELSE ? END WHERE id = ?');
  orderedIds.forEach((id, i) => set.run(i, i, now, id));
}

export function createPersona(db: Database, name: string, now = new Date().toISOString()): Persona {
  const id = randomUUID();
  const { n } = cachedStatement(db, 'SELECT count(*) AS n FROM personas WHERE deleted_at IS NULL').get() as { n: number };
  cachedStatement(db, 'INSERT INTO personas (id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    name,
    n,
    now,
    now,
  );
  return getPersona(db, id);
}

export function renamePersona(db: Database, id: string, name: string): Persona {
  const current = getPersona(db, id);
  if (current.name === name) return current;
  cachedStatement(db, 'UPDATE personas SET name = ?, updated_at = ? WHERE id = ?').run(name, new Date().toISOString(), id);
  return getPersona(db, id);
}

export function deletePersona(db: Database, id: string): { id: string } {
  getPersona(db, id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE personas SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  renumber(db, listPersonas(db).map((p) => p.id), now);
  return { id };
}

/** Undo of delete: the persona comes back at the place it had. */
export function restorePersona(db: Database, id: string): Persona {
  const row = cachedStatement(db, 'SELECT position FROM personas WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
    | { position: number }
    | undefined;
  if (!row) throw new AppFailure('not_found', { what: `deleted persona ${id}` });
  const now = new Date().toISOString();
  const ids = listPersonas(db).map((p) => p.id);
  ids.splice(Math.min(row.position, ids.length), 0, id);
  cachedStatement(db, 'UPDATE personas SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id);
  renumber(db, ids, now);
  return getPersona(db, id);
}

export function reorderPersonas(db: Database, ids: readonly string[]): Persona[] {
  const live = listPersonas(db).map((p) => p.id);
  const wanted = new Set(ids);
  if (ids.length !== live.length || live.some((id) => !wanted.has(id))) {
    throw new AppFailure('conflict', { details: 'conflict.personaOrder' });
  }
  renumber(db, ids, new Date().toISOString());
  return listPersonas(db);
}
