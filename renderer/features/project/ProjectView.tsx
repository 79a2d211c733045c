import type { ProjectInfo } from '../../../shared/schema/project';
import { SaveStateProvider } from '../../app/SaveStateContext';
import { UndoProvider } from '../../app/UndoContext';
import { ProjectWorkspace } from './ProjectWorkspace';

/** Undo history and save state belong to one open project and vanish with it. */
export function ProjectView({ project, onClosed }: { project: ProjectInfo; onClosed(): void }) {
  return (
    <UndoProvider>
      <SaveStateProvider>
        <ProjectWorkspace project={project} onClosed={onClosed} />
      </SaveStateProvider>
    </UndoProvider>
  );
}
