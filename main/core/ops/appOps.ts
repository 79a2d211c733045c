import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_EXTENSION, type BrowseEntry } from '../../../shared/schema/project';
import { BUNDLE_EXTENSION } from '../../../shared/schema/bundle';
import { nameCollator } from '../../../shared/i18n/collate';
import { AppFailure } from '../appFailure';
import type { HandlerTable } from './context';

const MAX_ENTRIES = 2000;

export const appOps: HandlerTable<
  'app.settings' | 'app.updateSettings' | 'app.recent' | 'app.forgetRecent' | 'app.browse' | 'app.dialog'
> = {
  'app.settings': (state) => state.config.settings(),
  'app.updateSettings': (state, patch) =>
    state.config.updateSettings({
      ...(patch.lang ? { lang: patch.lang } : {}),
      ...(patch.theme ? { theme: patch.theme } : {}),
    }),
  'app.recent': (state) => state.config.recent(),
  'app.forgetRecent': (state, { path }) => state.config.forget(path),
  /** The browser studio has no native dialog: it lists folders and the project (or bundle) files in them. */
  'app.browse': (state, { dir, show }) => {
    mkdirSync(state.projectsDir, { recursive: true });
    const target = resolve(dir ?? state.projectsDir);
    let names;
    try {
      names = readdirSync(target, { withFileTypes: true });
    } catch {
      throw new AppFailure('file_missing', { path: target });
    }
    const collator = nameCollator(state.lang());
    const entries = names
      .filter((d) => !d.name.startsWith('.'))
      .flatMap((d): BrowseEntry[] => {
        if (d.isDirectory()) return [{ name: d.name, path: join(target, d.name), kind: 'dir' }];
        if (d.isFile() && d.name.toLowerCase().endsWith(show === 'bundle' ? BUNDLE_EXTENSION : PROJECT_EXTENSION)) {
          return [{ name: d.name, path: join(target, d.name), kind: show }];
        }
        return [];
      })
      .sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'dir' ? -1 : 1))
      .slice(0, MAX_ENTRIES);
    const parent = dirname(target);
    return { dir: target, parent: parent === target ? null : parent, projectsDir: state.projectsDir, entries };
  },
  'app.dialog': () => {
    throw new AppFailure('unsupported');
  },
};
