import type { Database } from 'better-sqlite3';

/** One schema step. `up` only adds; it runs inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
