import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { catalogues, translate } from '../../../shared/i18n/translate';
import type { Lang } from '../../../shared/schema/common';
import { migrations } from './migrations';
import { normaliseSql } from './normaliseSql';

export type SchemaChange = 'extra' | 'missing' | 'altered';

/** One row of sqlite_schema that is not as the migrations made it. */
export interface SchemaDifference {
  change: SchemaChange;
  type: string;
  name: string;
}

interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

type Objects = Map<string, SchemaObject>;

interface Reference {
  required: Objects;
  /** Present only in some files and harmless: the statistics tables ANALYZE creates. */
  optional: Objects;
}

const keyOf = (o: { type: string; name: string }) => `${o.type}\u0000${o.name}`;

/** Every row of sqlite_schema: tables (virtual ones and FTS5 shadow tables too), indexes (autoindexes too), views and triggers. */
function schemaObjects(db: Db): Objects {
  const rows = db.prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_schema').all() as SchemaObject[];
  return new Map(rows.map((r) => [keyOf(r), { ...r, sql: normaliseSql(r.sql) }]));
}

const references = new Map<number, Reference>();

/** The schema a file of `version` must have: the migrations replayed on an empty database. */
function referenceFor(version: number, nativeBinding?: string): Reference {
  const cached = references.get(version);
  if (cached) return cached;
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const m of migrations) if (m.version <= version) m.up(db);
    const required = schemaObjects(db);
    db.exec('ANALYZE');
    const optional = new Map([...schemaObjects(db)].filter(([key]) => !required.has(key)));
    const reference = { required, optional };
    references.set(version, reference);
    return reference;
  } finally {
    db.close();
  }
}

const typeOrder = ['trigger', 'view', 'table', 'index'];
const changeOrder: SchemaChange[] = ['extra', 'altered', 'missing'];
const rank = (d: SchemaDifference) => {
  const t = typeOrder.indexOf(d.type);
  return (t < 0 ? typeOrder.length : t) * changeOrder.length + changeOrder.indexOf(d.change);
};

/**
 * Compares the file's whole schema with what the migrations produce for `version`. Anything extra
 * (a trigger or view smuggled in runs on the user's own edits), missing or altered is a
 * difference; the ones that can run code come first.
 */
export function schemaDifferences(db: Db, version: number, nativeBinding?: string): SchemaDifference[] {
  const { required, optional } = referenceFor(version, nativeBinding);
  const actual = schemaObjects(db);
  const differences: SchemaDifference[] = [];
  for (const [key, want] of required) {
    const have = actual.get(key);
    if (!have) differences.push({ change: 'missing', type: want.type, name: want.name });
    else if (have.table !== want.table || have.sql !== want.sql) differences.push({ change: 'altered', type: want.type, name: want.name });
  }
  for (const [key, have] of actual) {
    if (required.has(key)) continue;
    const allowed = optional.get(key);
    if (allowed && allowed.table === have.table && allowed.sql === have.sql) continue;
    differences.push({ change: 'extra', type: have.type, name: have.name });
  }
  return differences.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** "trigger zz" in the user's language; a name from the file is shown as plain, short text. */
export function describeSchemaObject(lang: Lang, d: Pick<SchemaDifference, 'type' | 'name'>): string {
  const key = `schema.kind.${d.type}`;
  const kind = Object.hasOwn(catalogues.en, key) ? translate(lang, key) : d.type.replace(/[^a-z]/g, '').slice(0, 20);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const name = d.name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return `${kind} ${name.length > 80 ? `${name.slice(0, 79)}…` : name}`;
}

const problemKeys: Record<SchemaChange, string> = {
  extra: 'check.schemaExtra',
  missing: 'check.schemaMissing',
  altered: 'check.schemaAltered',
};

/** One line of `check`'s report for a difference. */
export function describeSchemaProblem(lang: Lang, d: SchemaDifference): string {
  return translate(lang, problemKeys[d.change], { object: describeSchemaObject(lang, d) });
}
