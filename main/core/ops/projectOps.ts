import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { translate } from '../../../shared/i18n/translate';
import { AppFailure } from '../appFailure';
import { checkProjectFile } from '../store/checkProjectFile';
import { inspectProjectFile } from '../store/inspectProjectFile';
import { openDatabase } from '../store/openDatabase';
import { ProjectSession, projectInfo, resolveProjectPath } from '../store/projectSession';
import { seedSample } from '../store/seedSample';
import type { CoreState, HandlerTable } from './context';

/** Switches to another project: the new one opens first, so a refusal leaves the current one open. */
export async function switchTo(state: CoreState, path: string) {
  const full = resolve(path);
  if (state.session?.path === full) return state.session.info();
  const next = await ProjectSession.open(full, state.nativeBinding);
  state.session?.close();
  state.session = next;
  state.config.remember(full);
  return next.info();
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
    state.session?.close();
    state.session = null;
    return null;
  },
  'project.check': (state, { path }) => {
    const full = resolve(path);
    return { path: full, ...checkProjectFile(full, state.nativeBinding) };
  },
  'project.inspect': (state, { path }) => {
    const full = resolve(path);
    inspectProjectFile(full, { needWrite: false, nativeBinding: state.nativeBinding });
    const db = openDatabase(full, { readonly: true, nativeBinding: state.nativeBinding });
    try {
      return projectInfo(db, full);
    } catch (e) {
      throw new AppFailure('file_corrupt', { details: (e as Error).message.slice(0, 200) });
    } finally {
      db.close();
    }
  },
};
