import { Suspense, useEffect, useState } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { SettingsBar } from '../../app/SettingsBar';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoShortcuts } from '../../app/useUndoShortcuts';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useHistoryActions } from '../../data/history';
import { InterviewsSection } from '../interviews/InterviewsSection';
import { LazyNotesPane } from '../interviews/LazyNotesPane';
import { PersonasPanel } from '../personas/PersonasPanel';
import { ExportBundleDialog } from '../sharing/ExportBundleDialog';
import { EvidenceBoard, JourneysPanel, prefetchSections, SearchPanel } from './lazySections';
import { NavigationProvider, useNavigation } from './NavigationContext';
import { OpenProjectProvider } from './OpenProjectContext';
import { ProjectNav } from './ProjectNav';
import { useSearchShortcut } from './useSearchShortcut';
import { SaveIndicator } from './SaveIndicator';
import { UndoButtons } from './UndoButtons';
import '../../app/shell.css';
import './project.css';

export function ProjectWorkspace({ project, onClosed }: { project: ProjectInfo; onClosed(): void }) {
  return (
    <OpenProjectProvider project={project}>
      <NavigationProvider projectPath={project.path}>
        <Workspace project={project} onClosed={onClosed} />
      </NavigationProvider>
    </OpenProjectProvider>
  );
}

function Workspace({ project, onClosed }: { project: ProjectInfo; onClosed(): void }) {
  const t = useT();
  const toasts = useToasts();
  const [closing, setClosing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const history = useHistoryActions();
  useUndoShortcuts({ undo: history.undo, redo: history.redo });
  const { route, focusSearch } = useNavigation();
  useSearchShortcut(focusSearch);
  useEffect(() => prefetchSections([LazyNotesPane.preload]), []);

  const close = async () => {
    setClosing(true);
    try {
      await invoke('project.close', {});
      onClosed();
    } catch (e) {
      setClosing(false);
      toasts.show({ tone: 'error', message: errorText(e, t) });
    }
  };

  return (
    <div className="project-screen">
      <header className="topbar project-topbar">
        <div className="project-identity">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="route" />
          </span>
          <div className="project-titles">
            <p className="project-kicker">Journey Studio</p>
            <h1 className="project-name" data-testid="project-name" title={project.path}>
              {project.name}
            </h1>
          </div>
          <SaveIndicator />
        </div>
        <div className="project-tools">
          <UndoButtons onUndo={() => void history.undo()} onRedo={() => void history.redo()} />
          <SettingsBar />
          <button type="button" className="btn project-share" data-testid="project-share" aria-label={t('project.share')} title={t('project.share')} onClick={() => setSharing(true)}>
            <Icon name="share" />
            <span className="btn-label">{t('project.share')}</span>
          </button>
          <button type="button" className="btn" data-testid="project-close" disabled={closing} onClick={() => void close()}>
            <Icon name="logout" />
            {t('project.close')}
          </button>
        </div>
      </header>
      <ProjectNav />
      <main className={`project-main project-main-${route.section}`}>
        {route.section === 'personas' && <PersonasPanel />}
        {route.section === 'interviews' && <InterviewsSection />}
        <Suspense fallback={<div className="section-loading" aria-busy="true" />}>
          {route.section === 'evidence' && <EvidenceBoard />}
          {route.section === 'journeys' && <JourneysPanel />}
          {route.section === 'search' && <SearchPanel />}
        </Suspense>
      </main>
      {sharing && <ExportBundleDialog project={project} onClose={() => setSharing(false)} />}
    </div>
  );
}
