import { resolve } from 'node:path';
import { APP_VERSION } from '../../../shared/appVersion';
import type { BundleExported, BundleSummary } from '../../../shared/schema/bundle';
import type { MapExported } from '../../../shared/schema/mapExport';
import type { ProjectInfo } from '../../../shared/schema/project';
import { cancelJob, runJob } from '../jobs/runJob';
import { resolveProjectPath } from '../store/projectSession';
import type { HandlerTable } from './context';

/** Bundles and prints run beside the writer's queue: a big one takes a while, and editing goes on meanwhile. */
export const jobOps: HandlerTable<'bundle.export' | 'bundle.verify' | 'bundle.import' | 'map.export' | 'job.cancel'> = {
  'bundle.export': {
    background: async (state, { project, out, jobId }) =>
      (await runJob(
        state,
        { kind: 'export', project: resolve(project), out: resolve(out), appVersion: APP_VERSION, nativeBinding: state.nativeBinding },
        jobId,
      )) as BundleExported,
  },
  'bundle.verify': {
    background: async (state, { path, jobId }) =>
      (await runJob(state, { kind: 'verify', bundle: resolve(path), lang: state.lang(), nativeBinding: state.nativeBinding }, jobId)) as BundleSummary,
  },
  'bundle.import': {
    background: async (state, { bundle, path, jobId }) =>
      (await runJob(
        state,
        { kind: 'import', bundle: resolve(bundle), target: resolve(resolveProjectPath(path, state.projectsDir)), lang: state.lang(), nativeBinding: state.nativeBinding },
        jobId,
      )) as ProjectInfo,
  },
  'map.export': {
    background: async (state, { project, mapId, format, paper, out, jobId }) =>
      (await runJob(state, { kind: 'map', project: resolve(project), mapId, format, paper, out: resolve(out), nativeBinding: state.nativeBinding }, jobId)) as MapExported,
  },
  'job.cancel': {
    background: async (_state, { jobId }) => {
      cancelJob(jobId);
      return null;
    },
  },
};
