import type { ProjectInfo } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileBrowser } from './FileBrowser';
import { TakeOverButton } from './TakeOverButton';
import { useProjectOpener } from './useProjectOpener';

interface OpenProjectDialogProps {
  onClose(): void;
  onOpened(project: ProjectInfo): void;
}

/** The browser cannot show a native file picker that yields a path, so the core lists folders for us. */
export function OpenProjectDialog({ onClose, onOpened }: OpenProjectDialogProps) {
  const t = useT();
  const { busy, error, setError, run, takeOverPath, takeOver } = useProjectOpener(onOpened);
  return (
    <Dialog title={t('openProject.title')} closeLabel={t('common.close')} onClose={onClose} wide>
      <ErrorAlert title={t('start.openFailed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)}>
        {takeOverPath && <TakeOverButton disabled={busy} onClick={takeOver} />}
      </ErrorAlert>
      <FileBrowser show="project" busy={busy} onPick={(path) => void run(() => invoke('project.open', { path }))} onError={setError} />
    </Dialog>
  );
}
