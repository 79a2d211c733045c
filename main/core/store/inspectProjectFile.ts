import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppFailure } from '../appFailure';
import { readFileHeader } from './fileHeader';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './openDatabase';

export interface InspectOptions {
  needWrite: boolean;
  nativeBinding?: string | undefined;
  /** quick_check reads every page: worth it on open, skipped where the caller runs integrity_check itself. */
  quickCheck?: boolean;
}

/**
 * Decides whether a file may be opened, touching nothing: the header is read by hand and SQLite
 * only ever opens it read-only here.
 */
export function inspectProjectFile(path: string, options: InspectOptions): { schemaVersion: number } {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new AppFailure('file_missing', { path });
  }
  if (!stat.isFile()) throw new AppFailure('not_a_project', { path });
  const header = readFileHeader(path);
  if (!header.isSqlite || header.applicationId !== APPLICATION_ID) throw new AppFailure('not_a_project', { path });
  if (header.userVersion > CURRENT_SCHEMA_VERSION) {
    throw new AppFailure('file_too_new', { fileVersion: header.userVersion, appVersion: CURRENT_SCHEMA_VERSION });
  }
  if (options.needWrite) {
    try {
      accessSync(path, constants.W_OK);
      accessSync(dirname(path), constants.W_OK);
    } catch {
      throw new AppFailure('read_only', { path });
    }
  }
  if (options.quickCheck !== false) {
    try {
      const db = openDatabase(path, { readonly: true, nativeBinding: options.nativeBinding });
      try {
        const result = db.pragma('quick_check', { simple: true });
        if (result !== 'ok') throw new AppFailure('file_corrupt', { details: String(result).slice(0, 200) });
      } finally {
        db.close();
      }
    } catch (e) {
      if (e instanceof AppFailure) throw e;
      throw new AppFailure('file_corrupt', { details: (e as Error).message.slice(0, 200) });
    }
  }
  return { schemaVersion: header.userVersion };
}
