import Database from 'better-sqlite3';

export interface DbOptions {
  readonly?: boolean;
  create?: boolean;
  /** better-sqlite3 compiled for Electron's ABI lives beside the Node build; the shell passes its path. */
  nativeBinding?: string | undefined;
}

export function openDatabase(path: string, options: DbOptions = {}): Database.Database {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // FULL: a commit the user saw as saved survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  }
  return db;
}
