import type { Database } from 'better-sqlite3';
import { translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/schema/common';
import { hasNoStrayControls, isOneLine } from '../../../shared/schema/plainText';

/** Every column of text a person typed or a file brought, with the rule its field follows. */
const TEXT_COLUMNS: ReadonlyArray<readonly [table: string, column: string, lines: 'one' | 'several']> = [
  ['personas', 'name', 'one'],
  ['interviews', 'title', 'one'],
  ['interviews', 'participant', 'one'],
  ['interviews', 'place', 'one'],
  ['interviews', 'consent_note', 'several'],
  ['interviews', 'notes_text', 'several'],
  ['tags', 'name', 'one'],
  ['highlights', 'quote', 'several'],
  ['journey_maps', 'name', 'one'],
  ['journey_maps', 'goal', 'several'],
  ['journey_stages', 'name', 'one'],
  ['journey_lanes', 'name', 'one'],
  ['journey_items', 'text', 'several'],
  ['journey_items', 'owner', 'one'],
  ['journey_items', 'kpi_label', 'one'],
  ['journey_items', 'kpi_unit', 'one'],
  ['journey_emotions', 'note', 'several'],
];

/** Rows whose text holds control characters no field of the studio accepts (NUL, BEL, ESC…). */
export function textProblems(db: Database, lang: Lang): string[] {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const problems: string[] = [];
  for (const [table, column, lines] of TEXT_COLUMNS) {
    if (!tables.has(table)) continue;
    const accepts = lines === 'one' ? isOneLine : hasNoStrayControls;
    const names = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
    if (!names.includes(column)) continue;
    // The table's first column names the row: its id, or its stage for an emotion.
    const rows = db.prepare(`SELECT "${names[0]}", "${column}" FROM "${table}"`).raw().iterate() as Iterable<[unknown, unknown]>;
    for (const [row, value] of rows) {
      if (typeof value === 'string' && !accepts(value)) {
        problems.push(translate(lang, 'check.textControl', { table, row: String(row), column }));
        if (problems.length >= 100) return problems;
      }
    }
  }
  return problems;
}
