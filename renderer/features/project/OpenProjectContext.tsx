import { createContext, useContext, type ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';

const OpenProjectContext = createContext<ProjectInfo | null>(null);

/** The project this workspace shows, for what needs its file (exports write beside it). */
export function OpenProjectProvider({ project, children }: { project: ProjectInfo; children: ReactNode }) {
  return <OpenProjectContext.Provider value={project}>{children}</OpenProjectContext.Provider>;
}

export function useOpenProject(): ProjectInfo {
  const project = useContext(OpenProjectContext);
  if (!project) throw new Error('useOpenProject outside OpenProjectProvider');
  return project;
}
