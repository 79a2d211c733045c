import type { Database } from 'better-sqlite3';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../../../shared/schema/common';
import { AppFailure } from '../appFailure';
import { fileFailure } from './fileFailure';
import { readFileHeader } from './fileHeader';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from './migrations';
import { openProjectReader } from './openProjectReader';
import { describeSchemaObject, schemaDifferences } from './schemaDifferences';

export interface InspectOptions {
  needWrite: boolean;
  nativeBinding?: string | undefined;
  /** quick_check reads every page: worth it on open, skipped where the caller runs integrity_check itself. */
  quickCheck?: boolean;
  /** The language an altered object's kind ("trigger", "wyzwalacz") is named in. */
  lang?: Lang;
}

/** The checks the 100-byte header alone allows: there, a Journey Studio project, not from a newer app. */
export function readProjectHeader(path: string, needWrite: boolean): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new AppFailure('file_missing', { path });
  }
  if (!stat.isFile()) throw new AppFailure('not_a_project', { path });
  let header;
  try {
    header = readFileHeader(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new AppFailure('file_unreadable', { path });
    throw e;
  }
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) throw new AppFailure('not_a_project', { path });
  if (header.userVersion > CURRENT_SCHEMA_VERSION) {
    throw new AppFailure('file_too_new', { fileVersion: header.userVersion, appVersion: CURRENT_SCHEMA_VERSION });
  }
  if (needWrite) {
    try {
      accessSync(path, constants.W_OK);
      accessSync(dirname(path), constants.W_OK);
    } catch {
      throw new AppFailure('read_only', { path });
    }
  }
  return header.userVersion;
}

/**
 * The schema version as SQLite reads it. The header can be older than the file: a migration
 * committed to the -wal but not yet folded into the file (a crash right after opening an older
 * project) is only seen through a connection.
 */
export function schemaVersionOf(db: Database): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > CURRENT_SCHEMA_VERSION) throw new AppFailure('file_too_new', { fileVersion: version, appVersion: CURRENT_SCHEMA_VERSION });
  return version;
}

/**
 * Decides whether a file may be used and then reads it, touching nothing: the header is read by
 * hand, SQLite only ever reads it through a connection that creates no file, and a schema that
 * is not exactly the one the migrations make for its version is refused before `read` runs.
 */
export function readProjectFile<T>(path: string, options: InspectOptions, read: (db: Database, schemaVersion: number) => T): T {
  let schemaVersion = readProjectHeader(path, options.needWrite);
  let db: Database;
  try {
    db = openProjectReader(path, options.nativeBinding);
  } catch (e) {
    throw fileFailure(e, path);
  }
  try {
    schemaVersion = schemaVersionOf(db);
    const [difference] = schemaDifferences(db, schemaVersion, options.nativeBinding);
    if (difference) throw new AppFailure('schema_mismatch', { object: describeSchemaObject(options.lang ?? 'en', difference) });
    if (options.quickCheck !== false) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new AppFailure('file_corrupt', { details: String(result).slice(0, 200) });
    }
    return read(db, schemaVersion);
  } catch (e) {
    throw fileFailure(e, path);
  } finally {
    db.close();
  }
}

export function inspectProjectFile(path: string, options: InspectOptions): { schemaVersion: number } {
  return { schemaVersion: readProjectFile(path, options, (_db, schemaVersion) => schemaVersion) };
}
