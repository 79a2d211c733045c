import { resolve } from 'node:path';
import { APP_VERSION } from '../../../shared/appVersion';
import type { BundleExported, BundleSummary } from '../../../shared/schema/bundle';
import type { ProjectInfo } from '../../../shared/schema/project';
import { cancelJob, runBundleJob } from '../bundle/runBundleJob';
import { resolveProjectPath } from '../store/projectSession';
import type { HandlerTable } from './context';

/** Bundles run beside the writer's queue: a big one takes a while, and editing goes on meanwhile. */
export const bundleOps: HandlerTable<'bundle.export' | 'bundle.verify' | 'bundle.import' | 'job.cancel'> = {
  'bundle.export': {
    background: async (state, { project, out, jobId }) =>
      (await runBundleJob(
        state,
        { kind: 'export', project: resolve(project), out: resolve(out), appVersion: APP_VERSION, nativeBinding: state.nativeBinding },
        jobId,
      )) as BundleExported,
  },
  'bundle.verify': {
    background: async (state, { path, jobId }) =>
      (await runBundleJob(state, { kind: 'verify', bundle: resolve(path), lang: state.lang(), nativeBinding: state.nativeBinding }, jobId)) as BundleSummary,
  },
  'bundle.import': {
    background: async (state, { bundle, path, jobId }) =>
      (await runBundleJob(
        state,
        { kind: 'import', bundle: resolve(bundle), target: resolve(resolveProjectPath(path, state.projectsDir)), lang: state.lang(), nativeBinding: state.nativeBinding },
        jobId,
      )) as ProjectInfo,
  },
  'job.cancel': {
    background: async (_state, { jobId }) => {
      cancelJob(jobId);
      return null;
    },
  },
};
