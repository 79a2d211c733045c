import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Lang } from '../../../shared/schema/common';
import { PROJECT_EXTENSION, type ProjectInfo } from '../../../shared/schema/project';
import { AppFailure } from '../appFailure';
import { fsyncDir } from '../writeFileAtomic';
import { fileFailure } from './fileFailure';
import { inspectProjectFile } from './inspectProjectFile';
import { applyMigrations, migrateWithBackup } from './migrateProject';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './openDatabase';
import { projectCounts } from './projectCounts';
import { acquireProjectLock, type ProjectLock } from './projectLock';
import { projectLang, readMeta, writeMeta } from './projectMeta';
import { removeLeftovers } from './removeLeftovers';

/** An open project: the one read-write connection, held with the cross-process lock. */
export class ProjectSession {
  private constructor(
    readonly path: string,
    readonly db: Database,
    private readonly lock: ProjectLock,
    readonly migratedFrom: { version: number; backupPath: string } | null,
  ) {}

  /**
   * The file is inspected read-only first (header, whole schema, quick_check): a refused file is
   * never opened for writing, so not even its journal mode changes. What fails after that closes
   * the connection, releases the lock and answers a typed error.
   */
  static async open(path: string, nativeBinding?: string, lang?: Lang): Promise<ProjectSession> {
    inspectProjectFile(path, { needWrite: true, nativeBinding, ...(lang ? { lang } : {}) });
    const lock = acquireProjectLock(path, { nativeBinding });
    let db: Database | undefined;
    try {
      removeLeftovers(path, { backups: true });
      db = openDatabase(path, { nativeBinding });
      const migration = await migrateWithBackup(db, path, nativeBinding);
      // A migrated file is made whole at once: its new schema is in the file itself, not only in
      // the -wal, for a copy taken now and for a reader of the header alone.
      if (migration.backupPath) db.pragma('wal_checkpoint(TRUNCATE)');
      return new ProjectSession(
        path,
        db,
        lock,
        migration.backupPath ? { version: migration.from, backupPath: migration.backupPath } : null,
      );
    } catch (e) {
      try {
        db?.close();
      } finally {
        lock.release();
      }
      throw fileFailure(e, path);
    }
  }

  /**
   * Builds the new file under a temporary name and renames it into place, so a half-made project
   * never exists under the user's chosen name.
   */
  static create(
    path: string,
    options: { lang: Lang; seed?: (db: Database) => void; nativeBinding?: string },
  ): void {
    if (existsSync(path)) throw new AppFailure('file_exists', { path });
    const dir = dirname(path);
    if (!existsSync(dir)) throw new AppFailure('file_missing', { path: dir });
    removeLeftovers(path, { backups: false });
    const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
    try {
      const db = openDatabase(tmp, { nativeBinding: options.nativeBinding, create: true });
      try {
        applyMigrations(db);
        db.transaction(() => {
          writeMeta(db, 'created_at', new Date().toISOString());
          writeMeta(db, 'lang', options.lang);
          options.seed?.(db);
        })();
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      if (existsSync(path)) throw new AppFailure('file_exists', { path });
      renameSync(tmp, path);
      fsyncDir(dir);
    } catch (e) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(tmp + suffix, { force: true });
      if (e instanceof AppFailure) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppFailure('read_only', { path: dir });
      throw e;
    }
  }

  info(): ProjectInfo {
    return projectInfo(this.db, this.path);
  }

  /**
   * Copies every commit from the -wal into the file itself, so the file alone, as the OS copies it,
   * holds them. PASSIVE never waits: a reader still on an older snapshot leaves the newest frames
   * for later. Answers whether everything is in; false also when the disk refused.
   */
  checkpoint(): boolean {
    try {
      const [row] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      return row !== undefined && row.log === row.checkpointed;
    } catch {
      return false;
    }
  }

  /**
   * Never throws: on a full or read-only disk the checkpoint or the lock's clean-up can fail, and
   * the project must still be let go (its commits stay in the -wal, the OS lock dies with the
   * connection), or every later operation would find a closed connection still current.
   */
  close(): void {
    try {
      // Folding the WAL back in leaves one self-contained file for the user to copy or mail.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The commits are safe in the -wal; the next open reads them.
    }
    try {
      this.db.close();
    } finally {
      try {
        this.lock.release();
      } catch {
        // A lock record left behind names a holder whose OS lock is gone: the next open takes it over.
      }
    }
  }
}

export function projectInfo(db: Database, path: string): ProjectInfo {
  return {
    path,
    name: projectNameOf(path),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    appSchemaVersion: CURRENT_SCHEMA_VERSION,
    lang: projectLang(db),
    createdAt: readMeta(db, 'created_at') ?? new Date(0).toISOString(),
    counts: projectCounts(db),
  };
}

export const projectNameOf = (path: string) => basename(path, extname(path));

/** A bare name ("Workshop") goes to the projects folder and gets the project extension. */
export function resolveProjectPath(input: string, projectsDir: string): string {
  const withExt = extname(input).toLowerCase() === PROJECT_EXTENSION ? input : `${input}${PROJECT_EXTENSION}`;
  if (/[\\/]/.test(withExt)) return withExt;
  mkdirSync(projectsDir, { recursive: true });
  return join(projectsDir, withExt);
}
