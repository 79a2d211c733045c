import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDispatcher } from '../../main/core/dispatch';
import { summarise, time } from './stats';

/**
 * Persona save round trip through the whole stack (dispatch → zod → worker → transaction)
 * against the same INSERT on bare better-sqlite3 with the same pragmas, in the same run.
 */
export async function personaBench(dir: string, rounds = 300) {
  const dispatcher = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'en' });
  const opened = await dispatcher.dispatch('project.create', { path: 'bench-personas' });
  if (!opened.ok) throw new Error(opened.error.message);
  const studio: number[] = [];
  for (let i = 0; i < rounds; i++) studio.push(await time(() => dispatcher.dispatch('persona.create', { name: `Persona ${i}` })));
  const list: number[] = [];
  for (let i = 0; i < 50; i++) list.push(await time(() => dispatcher.dispatch('persona.list', {})));
  await dispatcher.close();

  const raw = new Database(join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE personas (id TEXT PRIMARY KEY, name TEXT, position INTEGER, created_at TEXT, updated_at TEXT, deleted_at TEXT) STRICT');
  const insert = raw.prepare('INSERT INTO personas (id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const now = new Date().toISOString();
    bare.push(await time(() => raw.transaction(() => insert.run(randomUUID(), `Persona ${i}`, i, now, now)).immediate()));
  }
  raw.close();
  return { create: summarise(studio), list: summarise(list), bareInsert: summarise(bare) };
}
