/**
 * Writes tests/migrations/fixtures/v7.cjstudio: the v6 fixture opened (so migrated) by the studio
 * at schema v7, its showroom interview's note opened, which stores the note's Yjs document, and
 * typed into through a Yjs update. Run with `npx tsx tests/migrations/support/makeFixtureV7.ts`
 * while the current schema is v7.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyUpdate, encodeStateAsUpdate, encodeStateVector } from 'yjs';
import { createDispatcher } from '../../../main/core/dispatch';
import { HeadlessNote } from '../../../main/core/notes/yjs/headlessNote';
import { fixtureProject } from './fixtureProject';

const SHOWROOM = 'c4e79dd4-8d9a-4df6-8f67-dd0884f647c9';
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'fixture-v7-'));
const dispatcher = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'en' });

async function ok(op: string, input: unknown): Promise<{ [key: string]: unknown }> {
  const r = await dispatcher.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as { [key: string]: unknown };
}

try {
  const path = fixtureProject(6, dir, 'project.cjstudio');
  const info = await ok('project.open', { path });
  if (info.schemaVersion !== 7) throw new Error(`the current schema is v${String(info.schemaVersion)}, not v7`);
  const opened = await ok('note.open', { interviewId: SHOWROOM });
  const note = new HeadlessNote();
  applyUpdate(note.doc, Buffer.from(String(opened.state), 'base64'));
  await note.settled();
  const before = encodeStateVector(note.doc);
  const { $getRoot, $createParagraphNode, $createTextNode } = await import('lexical');
  note.editor.update(() => {
    $getRoot().append($createParagraphNode().append($createTextNode('Follow-up call booked for Friday.')));
  });
  await note.settled();
  await ok('note.update', { interviewId: SHOWROOM, update: Buffer.from(encodeStateAsUpdate(note.doc, before)).toString('base64'), epoch: opened.epoch });
  await ok('project.close', {});
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  copyFileSync(path, join(fixtures, 'v7.cjstudio'));
} finally {
  await dispatcher.close();
  rmSync(dir, { recursive: true, force: true });
}
