import type { Database } from 'better-sqlite3';
import { Lang } from '../../../shared/schema/common';
import { cachedStatement } from './cachedStatement';

export function readMeta(db: Database, key: string): string | undefined {
  const row = cachedStatement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Database, key: string, value: string): void {
  cachedStatement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export function projectLang(db: Database): Lang {
  const parsed = Lang.safeParse(readMeta(db, 'lang'));
  return parsed.success ? parsed.data : 'en';
}
