import Database from 'better-sqlite3';
import type { Dispatcher } from '../../main/core/dispatch';
import type { OpName } from '../../shared/operations';
import type { ProjectInfo } from '../../shared/schema/project';
import { readProject, type Facts } from './snapshot';

export interface Reopened {
  facts: Facts;
  /** Everything wrong with the file itself: integrity, foreign keys, schema version. */
  integrityErrors: string[];
  refusal: string | null;
}

/** SQLite's own verdict on the file, through a second, read-only connection beside the studio's. */
function fileIntegrity(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const errors: string[] = [];
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') errors.push(...integrity.map((r) => `integrity_check: ${r.integrity_check}`));
    for (const fk of db.pragma('foreign_key_check') as Record<string, unknown>[]) errors.push(`foreign_key_check: ${JSON.stringify(fk)}`);
    return errors;
  } finally {
    db.close();
  }
}

/**
 * Opens the project the way the studio does right after a crash (the dead child's lock must be
 * taken over, an interrupted migration finished), checks the file, reads everything back, closes.
 */
export async function reopenAndRead(dispatcher: Dispatcher, path: string): Promise<Reopened> {
  const call = (op: OpName, input: unknown) => dispatcher.dispatch(op, input);
  const opened = await call('project.open', { path });
  if (!opened.ok) return { facts: {}, integrityErrors: [], refusal: `project.open: ${opened.error.code}: ${opened.error.message}` };
  let reopened: Reopened;
  try {
    const info = opened.value as ProjectInfo;
    const integrityErrors = fileIntegrity(path);
    if (info.schemaVersion !== info.appSchemaVersion) integrityErrors.push(`schema version ${info.schemaVersion}, expected ${info.appSchemaVersion}`);
    reopened = { facts: (await readProject(call)).facts, integrityErrors, refusal: null };
  } finally {
    await call('project.close', {});
  }
  return reopened;
}
