import { useCallback, useState } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { takeOverTarget } from './takeOverTarget';

/**
 * Runs one "get me a project" operation at a time and turns a refusal into a message; a lock that
 * cannot be checked from here also leaves the path that "Take over" would open.
 */
export function useProjectOpener(onOpened: (project: ProjectInfo) => void, initialError: string | null = null) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; takeOverPath: string | null } | null>(
    initialError ? { message: initialError, takeOverPath: null } : null,
  );

  const setError = useCallback((message: string | null) => setFailure(message ? { message, takeOverPath: null } : null), []);

  const run = useCallback(
    async (open: () => Promise<ProjectInfo | null>): Promise<boolean> => {
      setBusy(true);
      setFailure(null);
      try {
        const project = await open();
        if (project) onOpened(project);
        return project !== null;
      } catch (e) {
        setFailure({ message: errorText(e, t), takeOverPath: takeOverTarget(e) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onOpened, t],
  );

  const takeOverPath = failure?.takeOverPath ?? null;
  const takeOver = useCallback(() => {
    if (takeOverPath) void run(() => invoke('project.takeOver', { path: takeOverPath }));
  }, [run, takeOverPath]);

  return { busy, error: failure?.message ?? null, setError, run, takeOverPath, takeOver };
}
