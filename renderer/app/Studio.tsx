import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../shared/schema/project';
import { invoke } from '../api';
import { ProjectView } from '../features/project/ProjectView';
import { StartScreen } from '../features/start/StartScreen';
import { errorText } from './errorText';
import { useT } from './useT';

/** Routing is one fact owned by the core: is a project open. Reloading the page lands in the same place. */
export function Studio() {
  const t = useT();
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);
  const [bootError, setBootError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    invoke('project.current', {})
      .then((p) => live && setProject(p))
      .catch((e: unknown) => {
        if (!live) return;
        setBootError(errorText(e, t));
        setProject(null);
      });
    return () => {
      live = false;
    };
    // Runs once per page load; the language may change later without re-asking.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    document.title = project ? `${project.name} · Journey Studio` : 'Journey Studio';
  }, [project]);

  if (project === undefined) return <div className="boot" aria-busy="true" />;
  if (project === null) return <StartScreen onOpened={setProject} initialError={bootError} />;
  return <ProjectView key={project.path} project={project} onClosed={() => setProject(null)} />;
}
