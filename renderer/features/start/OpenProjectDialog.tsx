import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { BrowseOutput, ProjectInfo } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { ltrPath } from './ltrPath';
import { TakeOverButton } from './TakeOverButton';
import { useProjectOpener } from './useProjectOpener';

interface OpenProjectDialogProps {
  onClose(): void;
  onOpened(project: ProjectInfo): void;
}

/** The browser cannot show a native file picker that yields a path, so the core lists folders for us. */
export function OpenProjectDialog({ onClose, onOpened }: OpenProjectDialogProps) {
  const t = useT();
  const id = useId();
  const [listing, setListing] = useState<BrowseOutput | null>(null);
  const [typedPath, setTypedPath] = useState('');
  const { busy, error, setError, run, takeOverPath, takeOver } = useProjectOpener(onOpened);

  const browse = useCallback(
    async (dir?: string) => {
      try {
        setListing(await invoke('app.browse', dir ? { dir } : {}));
        setError(null);
      } catch (e) {
        setError(errorText(e, t));
      }
    },
    [t, setError],
  );

  useEffect(() => {
    let live = true;
    invoke('app.browse', {}).then(
      (first) => live && setListing(first),
      (e: unknown) => live && setError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [t, setError]);

  const open = (path: string) => run(() => invoke('project.open', { path }));

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    const path = typedPath.trim();
    if (!path) {
      setError(t('openProject.pathEmpty'));
      return;
    }
    void open(path);
  };

  return (
    <Dialog title={t('openProject.title')} closeLabel={t('common.close')} onClose={onClose} wide>
      <ErrorAlert title={t('start.openFailed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)}>
        {takeOverPath && <TakeOverButton disabled={busy} onClick={takeOver} />}
      </ErrorAlert>
      {listing && (
        <div className="browser">
          <div className="browser-bar">
            <button
              type="button"
              className="btn btn-small"
              disabled={!listing.parent || busy}
              onClick={() => listing.parent && void browse(listing.parent)}
            >
              <Icon name="arrowUp" />
              {t('openProject.up')}
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void browse(listing.projectsDir)}>
              <Icon name="home" />
              {t('openProject.projectsFolder')}
            </button>
            <span className="browser-dir" title={listing.dir} data-testid="browse-dir">
              {ltrPath(listing.dir)}
            </span>
          </div>
          <ul className="browser-list" aria-label={t('openProject.listLabel')}>
            {listing.entries.length === 0 && <li className="browser-empty">{t('openProject.empty')}</li>}
            {listing.entries.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className={`browser-entry ${entry.kind}`}
                  data-testid="browse-entry"
                  disabled={busy}
                  onClick={() => (entry.kind === 'dir' ? void browse(entry.path) : void open(entry.path))}
                >
                  <Icon name={entry.kind === 'dir' ? 'folder' : 'file'} />
                  <span className="browser-entry-name">{entry.name}</span>
                  <span className="browser-entry-kind">
                    {entry.kind === 'dir' ? t('openProject.kindFolder') : t('openProject.kindProject')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="path-form" onSubmit={submitPath}>
        <label htmlFor={`${id}-path`} className="field-label">
          {t('openProject.pathLabel')}
        </label>
        <div className="path-row">
          <input
            id={`${id}-path`}
            className="input"
            value={typedPath}
            spellCheck={false}
            data-testid="open-path"
            autoComplete="off"
            placeholder={t('openProject.pathPlaceholder')}
            onChange={(e) => setTypedPath(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="open-path-submit">
            {t('openProject.open')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
