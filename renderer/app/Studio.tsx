import { useEffect, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/schema/project';
import { invoke, onStudioEvent } from '../api';
import { takeBootRequest } from './bootRequests';
import { ProjectView } from '../features/project/ProjectView';
import { StartScreen } from '../features/start/StartScreen';
import { connectStudio, studio } from '../data/studio';
import { errorText } from './errorText';
import { useT } from './useT';

/** Routing is one fact owned by the core: is a project open. Reloading the page lands in the same place. */
export function Studio() {
  const t = useT();
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);
  const [bootError, setBootError] = useState<string | null>(null);
  const [newProjectRequest, setNewProjectRequest] = useState(0);
  // A project reopened by the shell gets a fresh view even when its path did not change.
  const [generation, setGeneration] = useState(0);
  const shown = useRef<ProjectInfo | null | undefined>(undefined);
  useEffect(() => {
    shown.current = project;
  }, [project]);

  // Whatever the window held is of the project before: the store starts again with the next one.
  const showProject = (next: ProjectInfo | null) => {
    studio.reset();
    setProject(next);
  };

  useEffect(() => {
    connectStudio();
    const offChanged = onStudioEvent('project.changed', (payload) => {
      const next = (payload as { project?: ProjectInfo | null } | null)?.project ?? null;
      setProject(next);
      setGeneration((g) => g + 1);
    });
    // A project opened or closed elsewhere while this window's event stream was down (a tab holding
    // the stream closed, the host restarted) was never heard of: once the stream is back, ask.
    const offStream = onStudioEvent('stream.open', () => {
      invoke('project.current', {}).then(
        (next) => {
          if (shown.current === undefined || (next?.path ?? null) === (shown.current?.path ?? null)) return;
          studio.reset();
          setProject(next);
          setGeneration((g) => g + 1);
        },
        () => undefined,
      );
    });
    const offMenu = onStudioEvent('menu.command', (payload) => {
      if ((payload as { command?: string } | null)?.command !== 'newProject') return;
      // The form lives on the start screen; an open project is closed first, as the Close button would.
      invoke('project.close', {})
        .catch(() => undefined)
        .finally(() => {
          studio.reset();
          setProject(null);
          setNewProjectRequest((n) => n + 1);
        });
    });
    return () => {
      offChanged();
      offStream();
      offMenu();
    };
  }, []);

  useEffect(() => {
    let live = true;
    (takeBootRequest('project') ?? invoke('project.current', {}))
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
  if (project === null) return <StartScreen onOpened={showProject} initialError={bootError} newProjectRequest={newProjectRequest} />;
  return <ProjectView key={`${project.path}\u0000${generation}`} project={project} onClosed={() => showProject(null)} />;
}
