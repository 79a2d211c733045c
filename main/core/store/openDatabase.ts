import Database from 'better-sqlite3';

export interface DbOptions {
  readonly?: boolean;
  create?: boolean;
  /** better-sqlite3 compiled for Electron's ABI lives beside the Node build; the shell passes its path. */
  nativeBinding?: string | undefined;
}

/**
 * Settings every connection to a project file gets, since the file may come from anyone.
 * - trusted_schema=OFF: triggers, views and CHECK/DEFAULT expressions stored in the file may call
 *   only functions and virtual tables SQLite marks innocuous.
 * - Defensive mode (SQLITE_DBCONFIG_DEFENSIVE): better-sqlite3 12 turns it on for every connection
 *   it opens and off only through `unsafeMode()`, which nothing here calls; JS cannot set it
 *   otherwise. Under it `writable_schema` stays off, so it is asked for and must read back 0.
 * - load_extension() is refused as SQL: better-sqlite3 enables extension loading for its own
 *   `loadExtension()` method only, which nothing here calls.
 * - cell_size_check=ON: a damaged page is reported as corrupt rather than read past its end.
 */
export function hardenConnection(db: Database.Database): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('writable_schema = ON');
  if (db.pragma('writable_schema', { simple: true }) !== 0) {
    db.close();
    throw new Error('SQLite defensive mode is off: refusing to use this connection');
  }
}

export function openDatabase(path: string, options: DbOptions = {}): Database.Database {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  hardenConnection(db);
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // FULL: a commit the user saw as saved survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  }
  return db;
}
