import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatch';
import { SEARCH_SQL, SNIPPET_SQL } from '../../main/core/store/searchStore';
import { toFtsQuery } from '../../shared/search/ftsQuery';
import { benchQueries, generatedNote, generatedParagraphs, noteOf, seeded } from './seededCorpus';
import { summarise, time } from './stats';

async function ok<T>(d: Dispatcher, op: string, input: unknown): Promise<T> {
  const r = await d.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/**
 * The researcher's project at scale: 500 interviews, 2 million words. Search and note saves go
 * through the whole studio; the baseline asks the same FTS5 queries on bare better-sqlite3, on the
 * same file, in the same run.
 */
export async function notebookBench(dir: string, options: { interviews?: number; words?: number } = {}) {
  const interviews = options.interviews ?? 500;
  const totalWords = options.words ?? 2_000_000;
  const random = seeded(20261124);
  const d = createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: 'pl' });
  const project = await ok<{ path: string }>(d, 'project.create', { path: 'bench-notebook' });
  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < interviews; i++) {
    const iv = await ok<{ id: string }>(d, 'interview.create', { title: `Wywiad ${i + 1}`, participant: `P${i + 1}` });
    await ok(d, 'interview.saveNotes', { id: iv.id, notes: generatedNote(random, totalWords / interviews), baseVersion: 0 });
    ids.push(iv.id);
  }
  const seedSeconds = (performance.now() - t0) / 1000;
  // One more, long interview for the typing measurement: 20,000 words in one note.
  const long = await ok<{ id: string }>(d, 'interview.create', { title: 'Długi wywiad', participant: 'P501' });
  const longParagraphs = generatedParagraphs(seeded(11), 20_000);
  await ok(d, 'interview.saveNotes', { id: long.id, notes: noteOf(longParagraphs), baseVersion: 0 });

  const queries = benchQueries(random);
  const studio: number[] = [];
  for (const q of queries) studio.push(await time(() => ok(d, 'search.query', { q, limit: 50 })));

  const bare = new Database(project.path, { readonly: true });
  const ranked = bare.prepare(SEARCH_SQL);
  const snippets = bare.prepare(SNIPPET_SQL);
  const raw: number[] = [];
  for (const q of queries) {
    const fts = toFtsQuery(q)!;
    // Exactly what the studio asks SQLite: ranked rows read until 50 distinct things are found
    // (a note's chunks count as its interview), then the snippets of those rows only.
    raw.push(
      await time(() => {
        const seen = new Set<string>();
        const rowids: number[] = [];
        for (const r of ranked.iterate({ q: fts }) as IterableIterator<{ rowid: number; kind: string; ref_id: string }>) {
          const key = `${r.kind === 'note' ? 'interview' : r.kind}:${r.ref_id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (rowids.push(r.rowid) >= 50) break;
        }
        return rowids.length ? snippets.all({ q: fts, rowids: JSON.stringify(rowids) }) : [];
      }),
    );
  }
  bare.close();

  // Note save round trip: the typing case, one ~4,000-word note re-saved after each small edit.
  const target = ids[0]!;
  const note = generatedNote(seeded(7), totalWords / interviews);
  let version = 1;
  const saves: number[] = [];
  for (let i = 0; i < 100; i++) {
    const para = note.editorState.root.children![0]!.children![0]!;
    para.text = `${para.text} słowo${i}`;
    saves.push(
      await time(async () => {
        const r = await ok<{ notesVersion: number }>(d, 'interview.saveNotes', { id: target, notes: note, baseVersion: version });
        version = r.notesVersion;
      }),
    );
  }
  // The long note re-saved as typing at its end sends it: the paragraph being typed in full, the
  // other blocks as a run kept from the stored version. Put back as it was afterwards, for typing.
  const longNote = noteOf(longParagraphs);
  const { children: longBlocks, ...root } = longNote.editorState.root;
  const kept: [number, number] = [0, longBlocks!.length - 1];
  const typed = structuredClone(longBlocks!.at(-1)!);
  let longVersion = 1;
  const longSaves: number[] = [];
  for (let i = 0; i < 100; i++) {
    typed.children![0]!.text += ` słowo${i}`;
    const changes = { root, baseBlocks: longBlocks!.length, blocks: [kept, typed] };
    longSaves.push(
      await time(async () => {
        const r = await ok<{ notesVersion: number }>(d, 'interview.saveNotes', { id: long.id, changes, baseVersion: longVersion });
        longVersion = r.notesVersion;
      }),
    );
  }
  await ok(d, 'interview.saveNotes', { id: long.id, notes: longNote, baseVersion: longVersion });
  await d.close();
  return {
    interviews,
    words: totalWords,
    longInterviewId: long.id,
    longParagraphs,
    seedSeconds,
    search: summarise(studio),
    bareSearch: summarise(raw),
    save: summarise(saves),
    longSave: summarise(longSaves),
    projectPath: project.path,
  };
}
