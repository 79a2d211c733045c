import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStudio, tempDir } from './tempStudio';

/** A closed project with a persona and an interview with notes, made through the real dispatch. */
export async function savedProject(dir: string, name = 'victim.cjstudio'): Promise<string> {
  const maker = await startStudio({ dir: tempDir() });
  const { path } = await maker.ok('project.create', { path: join(dir, name) });
  await maker.ok('persona.create', { name: 'Anna' });
  await maker.ok('interview.create', { title: 'Showroom visit' });
  await maker.ok('project.close', {});
  await maker.dispatcher.close();
  return path;
}

/** Runs SQL on a file with the sqlite3 command line, as someone editing it outside the studio would. */
export function sqlite3(path: string, sql: string): string {
  return execFileSync('sqlite3', [path, sql], { encoding: 'utf8' });
}

export const bytesOf = (path: string) => readFileSync(path);

/** The folder's entries, sorted: what "creates nothing beside the file" is compared on. */
export const listing = (dir: string) => readdirSync(dir).sort();

/** Interview titles and notes straight from the file, read-only. */
export function interviewRows(path: string): string {
  return sqlite3(path, 'SELECT title, notes_text FROM interviews ORDER BY id');
}
