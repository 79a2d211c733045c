import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { BrowseOutput, PickedFile } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { ltrPath } from './ltrPath';

interface FileBrowserProps {
  /** Which files are listed beside the folders. */
  show: PickedFile;
  busy: boolean;
  onPick(path: string): void;
  onError(message: string | null): void;
}

/**
 * Folders and the project (or bundle) files in them, listed by the core, with a field for a path
 * pasted whole: the browser cannot show a native file picker that yields a path.
 */
export function FileBrowser({ show, busy, onPick, onError }: FileBrowserProps) {
  const t = useT();
  const id = useId();
  const [listing, setListing] = useState<BrowseOutput | null>(null);
  const [typedPath, setTypedPath] = useState('');
  const bundles = show === 'bundle';

  const browse = useCallback(
    async (dir?: string) => {
      try {
        setListing(await invoke('app.browse', dir ? { dir, show } : { show }));
        onError(null);
      } catch (e) {
        onError(errorText(e, t));
      }
    },
    [t, onError, show],
  );

  useEffect(() => {
    let live = true;
    invoke('app.browse', { show }).then(
      (first) => live && setListing(first),
      (e: unknown) => live && onError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [t, onError, show]);

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    const path = typedPath.trim();
    if (!path) {
      onError(t(bundles ? 'importBundle.pathEmpty' : 'openProject.pathEmpty'));
      return;
    }
    onPick(path);
  };

  return (
    <>
      {listing && (
        <div className="browser">
          <div className="browser-bar">
            <button type="button" className="btn btn-small" disabled={!listing.parent || busy} onClick={() => listing.parent && void browse(listing.parent)}>
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
          <ul className="browser-list" aria-label={t(bundles ? 'importBundle.listLabel' : 'openProject.listLabel')}>
            {listing.entries.length === 0 && <li className="browser-empty">{t(bundles ? 'importBundle.empty' : 'openProject.empty')}</li>}
            {listing.entries.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className={`browser-entry ${entry.kind}`}
                  data-testid="browse-entry"
                  disabled={busy}
                  onClick={() => (entry.kind === 'dir' ? void browse(entry.path) : onPick(entry.path))}
                >
                  <Icon name={entry.kind === 'dir' ? 'folder' : entry.kind === 'bundle' ? 'package' : 'file'} />
                  <span className="browser-entry-name">{entry.name}</span>
                  <span className="browser-entry-kind">
                    {t(entry.kind === 'dir' ? 'openProject.kindFolder' : entry.kind === 'bundle' ? 'importBundle.kindBundle' : 'openProject.kindProject')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="path-form" onSubmit={submitPath}>
        <label htmlFor={`${id}-path`} className="field-label">
          {t(bundles ? 'importBundle.pathLabel' : 'openProject.pathLabel')}
        </label>
        <div className="path-row">
          <input
            id={`${id}-path`}
            className="input"
            value={typedPath}
            spellCheck={false}
            data-testid="open-path"
            autoComplete="off"
            placeholder={t(bundles ? 'importBundle.pathPlaceholder' : 'openProject.pathPlaceholder')}
            onChange={(e) => setTypedPath(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="open-path-submit">
            {t('openProject.open')}
          </button>
        </div>
      </form>
    </>
  );
}
