import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { BUNDLE_DATABASE, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_MANIFEST, type BundleCounts, type BundleEntry, type BundleExported, type BundleManifest } from '../../../shared/schema/bundle';
import { AppFailure } from '../appFailure';
import { readProjectFile } from '../store/inspectProjectFile';
import { applyMigrations } from '../store/migrateProject';
import { hardenConnection } from '../store/openDatabase';
import { readMeta, writeMeta } from '../store/projectMeta';
import { projectNameOf } from '../store/projectSession';
import { publishFile } from './publishFile';
import { reportData } from './report/reportData';
import { reportHtml } from './report/reportHtml';
import { reportTables } from './reportTables';

export interface ExportJob {
  project: string;
  out: string;
  /** An empty folder beside `out`, the caller's to remove: the snapshot and the zip are made in it. */
  work: string;
  appVersion: string;
  nativeBinding?: string | undefined;
}

function countsOf(db: Database.Database): BundleCounts {
  const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    personas: n('SELECT count(*) FROM personas WHERE deleted_at IS NULL'),
    interviews: n('SELECT count(*) FROM interviews WHERE deleted_at IS NULL'),
    maps: n('SELECT count(*) FROM journey_maps WHERE deleted_at IS NULL'),
    highlights: n('SELECT count(*) FROM highlights h JOIN interviews i ON i.id = h.interview_id WHERE i.deleted_at IS NULL'),
    tags: n('SELECT count(*) FROM tags'),
  };
}

/** Tables whose deleted rows are kept for undo, children before parents; the rest go with them by cascade. */
const SOFT_DELETED = ['journey_items', 'journey_lanes', 'journey_stages', 'journey_maps', 'interviews', 'personas'];

/**
 * What was deleted and the windows' undo steps stay home: a bundle is sent to others, and an
 * interview deleted for lack of consent must not travel inside it. secure_delete zeroes what the
 * deletes free, and merging the search index drops the words of deleted rows from its segments,
 * so none of their bytes is left anywhere in the file (no second rewrite of the whole file needed).
 */
function forgetPrivateHistory(db: Database.Database): void {
  db.pragma('secure_delete = ON');
  db.transaction(() => {
    db.prepare('DELETE FROM history').run();
    for (const table of SOFT_DELETED) db.prepare(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL`).run();
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
  })();
}

/** Deflate's fastest level: the database is most of a bundle, and level 1 packs its pages nearly as small at several times the speed. */
const COMPRESSION = 1;

/**
 * Writes a bundle of `project` while it may be open and being edited: the database is copied
 * with VACUUM INTO through a read-only connection (a consistent snapshot, the live file never
 * copied byte by byte), checked as any project file is, then zipped with its report beside it.
 * The zip is made under a temporary name and linked into place, so `out` is either absent or
 * whole, and an existing file is never replaced.
 */
export async function exportBundle(job: ExportJob, progress: (done: number, total: number) => void = () => undefined): Promise<BundleExported> {
  if (statSync(job.out, { throwIfNoEntry: false })) throw new AppFailure('file_exists', { path: job.out });
  const snapshot = join(job.work, BUNDLE_DATABASE);
  readProjectFile(job.project, { needWrite: false, quickCheck: false, nativeBinding: job.nativeBinding }, (source) => {
    source.prepare('VACUUM INTO ?').run(snapshot);
  });

  const files: { name: string; path: string }[] = [{ name: BUNDLE_DATABASE, path: snapshot }];
  const db = new Database(snapshot, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
  let manifestBase: Omit<BundleManifest, 'entries'>;
  try {
    hardenConnection(db);
    db.pragma('foreign_keys = ON');
    // A project of an older schema is bundled as this version's: the copy is migrated, never the project.
    applyMigrations(db);
    forgetPrivateHistory(db);
    // One file with nothing beside it, for whoever opens it next.
    db.pragma('journal_mode = DELETE');
    // Which project the bundle is of, kept in the project from now on, so bundles of it can be told apart from others'.
    const projectId = readMeta(db, 'project_id') ?? randomUUID();
    writeMeta(db, 'project_id', projectId);
    manifestBase = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: job.appVersion,
      createdAt: new Date().toISOString(),
      project: { id: projectId, name: projectNameOf(job.project), schemaVersion: db.pragma('user_version', { simple: true }) as number },
      counts: countsOf(db),
    };
    mkdirSync(join(job.work, 'report'));
    const report = join(job.work, 'report', 'index.html');
    writeFileSync(report, reportHtml(reportData(db, manifestBase.project.name, manifestBase.createdAt)));
    files.push({ name: 'report/index.html', path: report });
    for (const table of reportTables(db)) {
      const path = join(job.work, 'report', table.name);
      writeFileSync(path, table.text);
      files.push({ name: `report/${table.name}`, path });
    }
  } finally {
    db.close();
  }

  const sizes = files.map((f) => statSync(f.path).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  const entries: BundleEntry[] = files.map((f, i) => ({ path: f.name, size: sizes[i]!, sha256: '' }));
  const zip = new yazl.ZipFile();
  const mtime = new Date(manifestBase.createdAt);
  // One read of each file: hashed on its way into the zip. The manifest goes last, written once
  // the zip has read every file before it (it takes entries one after another).
  const manifestStream = new PassThrough();
  let left = files.length;
  files.forEach((f, i) => {
    const hash = createHash('sha256');
    const hashed = new Transform({
      transform(chunk: Buffer, _enc, next) {
        hash.update(chunk);
        progress((done += chunk.length), total);
        next(null, chunk);
      },
      flush(next) {
        entries[i]!.sha256 = hash.digest('hex');
        left -= 1;
        if (left === 0) manifestStream.end(`${JSON.stringify({ ...manifestBase, entries } satisfies BundleManifest, null, 2)}\n`);
        next();
      },
    });
    zip.addReadStream(createReadStream(f.path).pipe(hashed), f.name, { mtime, compressionLevel: COMPRESSION });
  });
  zip.addReadStream(manifestStream, BUNDLE_MANIFEST, { mtime });
  zip.end();
  const partial = join(job.work, `${basename(job.out)}.partial`);
  await pipeline(zip.outputStream, createWriteStream(partial, { flags: 'wx' }));
  publishFile(partial, job.out);
  return { path: job.out, bytes: statSync(job.out).size, entries: entries.length + 1 };
}
