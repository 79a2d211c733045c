import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { translate } from '../../../shared/i18n/translate';
import { checkProjectFile, databaseProblems } from '../store/checkProjectFile';
import { fileFailure } from '../store/fileFailure';
import { readProjectFile } from '../store/inspectProjectFile';
import { ProjectSession, projectInfo, resolveProjectPath } from '../store/projectSession';
import { seedSample } from '../store/seedSample';
import type { CoreState, HandlerTable } from './context';

/**
 * Switches to another project, all or nothing: the new one becomes current only once it is open,
 * validated and its info read. Until then the current one stays open and untouched; on any
 * failure the new one is closed (its lock released) and the answer is a typed error.
 */
export async function switchTo(state: CoreState, path: string) {
  const full = resolve(path);
  if (state.session?.path === full) return state.session.info();
  const next = await ProjectSession.open(full, state.nativeBinding, state.lang());
  let info;
  try {
    info = next.info();
  } catch (e) {
    closeQuietly(next);
    throw fileFailure(e, full);
  }
  const previous = state.session;
  state.session = next;
  if (previous) closeQuietly(previous);
  state.config.remember(full);
  return info;
}

/** close() lets the connection and lock go even when its checkpoint fails; the commits stay in the -wal. */
function closeQuietly(session: ProjectSession): void {
  try {
    session.close();
  } catch {
    // Nothing left to undo: the switch goes on either way.
  }
}

function uniqueSamplePath(state: CoreState): string {
  const base = translate(state.lang(), 'sample.fileName');
  for (let i = 1; ; i++) {
    const candidate = resolveProjectPath(i === 1 ? base : `${base} (${i})`, state.projectsDir);
    if (!existsSync(candidate)) return candidate;
  }
}

export const projectOps: HandlerTable<
  | 'project.create'
  | 'project.open'
  | 'project.openSample'
  | 'project.current'
  | 'project.close'
  | 'project.check'
  | 'project.inspect'
> = {
  'project.create': async (state, input) => {
    const path = resolve(resolveProjectPath(input.path, state.projectsDir));
    const lang = input.lang ?? state.lang();
    ProjectSession.create(path, {
      lang,
      nativeBinding: state.nativeBinding,
      ...(input.sample ? { seed: (db) => seedSample(db, lang) } : {}),
    });
    return switchTo(state, path);
  },
  'project.open': (state, { path }) => switchTo(state, path),
  'project.openSample': async (state) => {
    const path = uniqueSamplePath(state);
    const lang = state.lang();
    ProjectSession.create(path, { lang, nativeBinding: state.nativeBinding, seed: (db) => seedSample(db, lang) });
    return switchTo(state, path);
  },
  'project.current': (state) => state.session?.info() ?? null,
  'project.close': (state) => {
    const session = state.session;
    state.session = null;
    session?.close();
    return null;
  },
  // The open project is read through its own connection: opening and closing the file by other
  // means would drop this process's POSIX locks on it.
  'project.check': (state, { path }) => {
    const full = resolve(path);
    const open = state.session?.path === full ? state.session : null;
    if (open) {
      const schemaVersion = open.db.pragma('user_version', { simple: true }) as number;
      return { path: full, schemaVersion, problems: databaseProblems(open.db, schemaVersion, state.nativeBinding, state.lang()) };
    }
    return { path: full, ...checkProjectFile(full, state.nativeBinding, state.lang()) };
  },
  'project.inspect': (state, { path }) => {
    const full = resolve(path);
    if (state.session?.path === full) return state.session.info();
    return readProjectFile(full, { needWrite: false, nativeBinding: state.nativeBinding, lang: state.lang() }, (db) => projectInfo(db, full));
  },
};
