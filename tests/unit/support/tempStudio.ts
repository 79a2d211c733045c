import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { OpName, OpOutput } from '../../../shared/operations';
import type { Lang } from '../../../shared/schema/common';
import type { Result } from '../../../shared/result';
import { createDispatcher, type Dispatcher } from '../../../main/core/dispatch';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'studio-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestStudio {
  dir: string;
  dispatcher: Dispatcher;
  call<K extends OpName>(op: K, input: unknown): Promise<Result<OpOutput<K>>>;
  /** Asserts success and returns the value. */
  ok<K extends OpName>(op: K, input: unknown): Promise<OpOutput<K>>;
  restart(): Promise<void>;
}

/** The real dispatch and the real core worker, over a temp config and projects folder. */
export async function startStudio(options: { lang?: Lang; dir?: string } = {}): Promise<TestStudio> {
  const dir = options.dir ?? tempDir();
  const make = () =>
    createDispatcher({ configDir: join(dir, 'config'), projectsDir: join(dir, 'projects'), defaultLang: options.lang ?? 'en' });
  const studio: TestStudio = {
    dir,
    dispatcher: make(),
    call: (op, input) => studio.dispatcher.dispatch(op, input) as never,
    async ok(op, input) {
      const r = await studio.dispatcher.dispatch(op, input);
      if (!r.ok) throw new Error(`${op} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async restart() {
      await studio.dispatcher.close();
      studio.dispatcher = make();
    },
  };
  cleanups.push(() => studio.dispatcher.close());
  return studio;
}

/** Every row of every table: what "the database is unchanged" is compared on. */
export function snapshotRows(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    // Rows sorted as text: WITHOUT ROWID and FTS shadow tables have no rowid to order by.
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()]),
    );
  } finally {
    db.close();
  }
}
