import { useEffect, useRef, useState } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { SettingsBar } from '../../app/SettingsBar';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { NewProjectDialog } from './NewProjectDialog';
import { ImportBundleDialog } from '../sharing/ImportBundleDialog';
import { OpenProjectDialog } from './OpenProjectDialog';
import { pickWithNativeDialog } from './pickWithNativeDialog';
import { RecentProjects } from './RecentProjects';
import { StartAction } from './StartAction';
import { TakeOverButton } from './TakeOverButton';
import { useProjectOpener } from './useProjectOpener';
import '../../app/shell.css';
import './start.css';

interface StartScreenProps {
  onOpened(project: ProjectInfo): void;
  initialError?: string | null;
  /** Bumped when the desktop menu asks for a new project; each new value opens the form once. */
  newProjectRequest?: number;
}

export function StartScreen({ onOpened, initialError = null, newProjectRequest = 0 }: StartScreenProps) {
  const t = useT();
  const opener = useProjectOpener(onOpened, initialError);
  const [dialog, setDialog] = useState<'new' | 'open' | 'bundle' | null>(null);

  const newProject = () =>
    opener.run(async () => {
      const picked = await pickWithNativeDialog('save', { suggestedName: t('start.defaultProjectName') });
      if (picked === 'unsupported') {
        setDialog('new');
        return null;
      }
      return picked ? invoke('project.create', { path: picked }) : null;
    });

  const handledRequest = useRef(0);
  const newProjectRef = useRef(newProject);
  useEffect(() => {
    newProjectRef.current = newProject;
  });
  useEffect(() => {
    if (newProjectRequest <= handledRequest.current) return;
    handledRequest.current = newProjectRequest;
    newProjectRef.current();
  }, [newProjectRequest]);

  const openProject = () =>
    opener.run(async () => {
      const picked = await pickWithNativeDialog('open');
      if (picked === 'unsupported') {
        setDialog('open');
        return null;
      }
      return picked ? invoke('project.open', { path: picked }) : null;
    });

  return (
    <div className="start-screen">
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="route" />
          </span>
          Journey Studio
        </span>
        <SettingsBar />
      </header>

      <main className="start-main" aria-busy={opener.busy}>
        <section className="start-hero" aria-labelledby="start-title">
          <h1 id="start-title">{t('start.title')}</h1>
          <p className="lead">{t('start.subtitle')}</p>
        </section>

        <ErrorAlert
          title={t('start.openFailed')}
          message={opener.error}
          dismissLabel={t('common.dismiss')}
          onDismiss={() => opener.setError(null)}
        >
          {opener.takeOverPath && <TakeOverButton disabled={opener.busy} onClick={opener.takeOver} />}
        </ErrorAlert>

        <div className="start-grid">
          <section className="start-actions" aria-label={t('start.actions')}>
            <StartAction
              icon="plus"
              testId="start-new"
              primary
              title={t('start.new')}
              description={t('start.newHint')}
              disabled={opener.busy}
              onClick={newProject}
            />
            <StartAction
              icon="folderOpen"
              testId="start-open"
              title={t('start.open')}
              description={t('start.openHint')}
              disabled={opener.busy}
              onClick={openProject}
            />
            <StartAction
              icon="sparkles"
              testId="start-sample"
              title={t('start.sample')}
              description={t('start.sampleHint')}
              disabled={opener.busy}
              onClick={() => opener.run(() => invoke('project.openSample', {}))}
            />
            <StartAction
              icon="package"
              testId="start-import-bundle"
              title={t('start.importBundle')}
              description={t('start.importBundleHint')}
              disabled={opener.busy}
              onClick={() => setDialog('bundle')}
            />
          </section>

          <RecentProjects
            disabled={opener.busy}
            onOpen={(path) => opener.run(() => invoke('project.open', { path }))}
            onError={opener.setError}
          />
        </div>
      </main>

      {dialog === 'bundle' && <ImportBundleDialog onClose={() => setDialog(null)} onOpened={onOpened} />}
      {dialog === 'new' && (
        <NewProjectDialog
          onClose={() => setDialog(null)}
          onCreate={(path) => invoke('project.create', { path })}
          onCreated={(project) => {
            setDialog(null);
            onOpened(project);
          }}
        />
      )}
      {dialog === 'open' && (
        <OpenProjectDialog
          onClose={() => setDialog(null)}
          onOpened={(project) => {
            setDialog(null);
            onOpened(project);
          }}
        />
      )}
    </div>
  );
}
