import type { Database } from 'better-sqlite3';
import type { ChangeSet } from '../../../shared/live/changeSet';
import type { ChangesSince } from '../../../shared/schema/history';
import { cachedStatement } from '../store/cachedStatement';
import { readMeta } from '../store/projectMeta';

/** Change sets a client that lost its connection can still catch up on; further behind, it reloads. */
export const CHANGE_LOG_LENGTH = 1000;

/**
 * The project's revision and its most recent change sets. The revision is kept in the file, raised
 * in each mutation's own transaction; the recent change sets only in memory, for the session.
 */
export class ChangeLog {
  private readonly recent: ChangeSet[] = [];
  private rev: number;

  constructor(private readonly db: Database) {
    this.rev = Number(readMeta(db, 'revision') ?? '0');
  }

  revision(): number {
    return this.rev;
  }

  /** The next revision, written in the caller's transaction; `commit` keeps it once that succeeded. */
  next(): number {
    const rev = this.rev + 1;
    cachedStatement(this.db, "INSERT INTO meta (key, value) VALUES ('revision', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(rev));
    return rev;
  }

  commit(changeSet: ChangeSet): void {
    this.rev = changeSet.rev;
    this.recent.push(changeSet);
    if (this.recent.length > CHANGE_LOG_LENGTH) this.recent.splice(0, this.recent.length - CHANGE_LOG_LENGTH);
  }

  since(rev: number): ChangesSince {
    if (rev === this.rev) return { reload: false, rev: this.rev, changeSets: [] };
    const first = this.recent[0];
    if (rev > this.rev || !first || first.rev > rev + 1) return { reload: true, rev: this.rev };
    return { reload: false, rev: this.rev, changeSets: this.recent.filter((c) => c.rev > rev) };
  }
}
