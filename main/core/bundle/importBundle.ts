import { basename } from 'node:path';
import type { Lang } from '../../../shared/schema/common';
import { BUNDLE_DATABASE, type BundleManifest, type BundleSummary } from '../../../shared/schema/bundle';
import type { ProjectInfo } from '../../../shared/schema/project';
import { AppFailure, isAppFailure } from '../appFailure';
import { databaseProblems } from '../store/checkProjectFile';
import { readProjectFile } from '../store/inspectProjectFile';
import { applyMigrations } from '../store/migrateProject';
import { openDatabase } from '../store/openDatabase';
import { projectInfo } from '../store/projectSession';
import { publishFile } from './publishFile';
import { bundleRefused, readBundle } from './readBundle';

export interface ReadJob {
  bundle: string;
  /** An empty folder of the caller's, which it removes: the bundle is extracted into it. */
  work: string;
  lang: Lang;
  nativeBinding?: string | undefined;
}

/** Why a database that failed the project checks makes its bundle unusable, in the bundle's terms. */
const DATABASE_REASONS: Partial<Record<string, string>> = {
  file_too_new: 'bundle.databaseTooNew',
  schema_mismatch: 'bundle.altered',
  not_a_project: 'bundle.notAProject',
  file_corrupt: 'bundle.corruptDatabase',
};

/**
 * A bundle checked through and through: the zip and its manifest (readBundle), then its database
 * as any project file from outside is checked (header, the exact schema of its version, integrity,
 * foreign keys, the text in it), read through a read-only connection with the defensive settings.
 */
export async function verifyBundle(job: ReadJob, progress?: (done: number, total: number) => void): Promise<{ manifest: BundleManifest; database: string; summary: BundleSummary }> {
  const file = basename(job.bundle);
  const { manifest, files } = await readBundle(job.bundle, job.work, progress);
  const database = files.get(BUNDLE_DATABASE);
  if (!database) throw bundleRefused(file, 'bundle.missingEntry');
  let schemaVersion: number;
  try {
    schemaVersion = readProjectFile(database, { needWrite: false, quickCheck: false, nativeBinding: job.nativeBinding, lang: job.lang }, (db, version) => {
      if (databaseProblems(db, version, job.nativeBinding, job.lang).length > 0) throw new AppFailure('file_corrupt', { details: '' });
      return version;
    });
  } catch (e) {
    const reason = isAppFailure(e) ? DATABASE_REASONS[e.code] : undefined;
    throw bundleRefused(file, reason ?? 'bundle.corruptDatabase');
  }
  if (schemaVersion !== manifest.project.schemaVersion) throw bundleRefused(file, 'bundle.inconsistent');
  return {
    manifest,
    database,
    summary: {
      path: job.bundle,
      name: manifest.project.name,
      createdAt: manifest.createdAt,
      appVersion: manifest.appVersion,
      schemaVersion,
      counts: manifest.counts,
    },
  };
}

/**
 * A new project from a bundle: verified, brought to this app's schema, and linked into place under
 * `target` only when whole, never over an existing file. The project is not opened here.
 */
export async function importBundle(job: ReadJob & { target: string }, progress?: (done: number, total: number) => void): Promise<ProjectInfo> {
  const { database } = await verifyBundle(job, progress);
  const db = openDatabase(database, { nativeBinding: job.nativeBinding });
  try {
    applyMigrations(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  publishFile(database, job.target);
  return readProjectFile(job.target, { needWrite: false, nativeBinding: job.nativeBinding, lang: job.lang }, (db) => projectInfo(db, job.target));
}
