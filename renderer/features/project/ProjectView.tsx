import type { ProjectInfo } from '../../../shared/schema/project';
import { SaveStateProvider } from '../../app/SaveStateContext';
import { ProjectWorkspace } from './ProjectWorkspace';

/** The save state belongs to one open project and vanishes with it; its undo history is the core's. */
export function ProjectView({ project, onClosed }: { project: ProjectInfo; onClosed(): void }) {
  return (
    <SaveStateProvider>
      <ProjectWorkspace project={project} onClosed={onClosed} />
    </SaveStateProvider>
  );
}
