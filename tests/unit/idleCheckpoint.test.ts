import Database from 'better-sqlite3';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_IDLE_MS } from '../../main/core/coreEngine';
import { notesOf } from './support/notesFixture';
import { startStudio } from './support/tempStudio';

/** What the OS copies: the project file alone, without its -wal, opened as a colleague would. */
function copyAlone(path: string, to: string) {
  copyFileSync(path, to);
  const db = new Database(to, { readonly: true });
  try {
    return {
      personas: (db.prepare('SELECT name FROM personas WHERE deleted_at IS NULL ORDER BY rowid').pluck().all() as string[]).join(', '),
      notes: (db.prepare('SELECT notes_text FROM interviews').pluck().all() as string[]).join(' | '),
    };
  } finally {
    db.close();
  }
}

describe('the project file while the studio is open', () => {
  it('holds every committed edit by itself once the studio has been quiet for a moment', async () => {
    const studio = await startStudio();
    const { path } = await studio.ok('project.create', { path: 'Warsztat' });
    await studio.ok('persona.create', { name: 'Łucja' });
    await studio.ok('persona.create', { name: 'Zbigniew' });
    const interview = await studio.ok('interview.create', { title: 'Wywiad 1' });
    await studio.ok('interview.saveNotes', { id: interview.id, notes: notesOf(['Klientka pyta o ratę']), baseVersion: 0 });

    // Straight after the edits they are in the -wal only: a copy of the file alone misses them.
    expect(copyAlone(path, join(studio.dir, 'early.cjstudio')).personas).toBe('');
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 800));
    const later = copyAlone(path, join(studio.dir, 'later.cjstudio'));
    expect(later.personas).toBe('Łucja, Zbigniew');
    expect(later.notes).toContain('Klientka pyta o ratę');
    // The studio is still open and goes on writing.
    await studio.ok('persona.create', { name: 'Anna' });
    expect((await studio.ok('persona.list', {})).map((p: { name: string }) => p.name)).toContain('Anna');
  });
});
