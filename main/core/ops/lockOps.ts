import { resolve } from 'node:path';
import { inspectProjectFile } from '../store/inspectProjectFile';
import { breakProjectLock } from '../store/projectLock';
import type { HandlerTable } from './context';
import { switchTo } from './projectOps';

export const lockOps: HandlerTable<'project.takeOver'> = {
  /**
   * Breaks a lock whose holder cannot be checked from here, then opens the project as project.open
   * does. A studio that truly holds it (its OS lock is live) keeps it: the answer is file_locked.
   */
  'project.takeOver': async (state, { path }) => {
    const full = resolve(path);
    if (state.session?.path === full) return state.session.info();
    // Only a real project's lock is ever removed: the path comes from outside.
    inspectProjectFile(full, { needWrite: true, nativeBinding: state.nativeBinding, quickCheck: false });
    breakProjectLock(full, { nativeBinding: state.nativeBinding });
    return switchTo(state, full);
  },
};
