import { useCallback, useState } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';

/** Runs one "get me a project" operation at a time and turns a refusal into a message. */
export function useProjectOpener(onOpened: (project: ProjectInfo) => void, initialError: string | null = null) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError);

  const run = useCallback(
    async (open: () => Promise<ProjectInfo | null>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const project = await open();
        if (project) onOpened(project);
        return project !== null;
      } catch (e) {
        setError(errorText(e, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onOpened, t],
  );

  return { busy, error, setError, run };
}
