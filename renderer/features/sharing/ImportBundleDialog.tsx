import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BundleSummary } from '../../../shared/schema/bundle';
import type { ProjectInfo } from '../../../shared/schema/project';
import { hostKind, invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { FileBrowser } from '../start/FileBrowser';
import { pickWithNativeDialog } from '../start/pickWithNativeDialog';
import { JobProgressBar } from './JobProgressBar';
import { useJob } from './useJob';
import '../start/start.css';
import './sharing.css';

interface ImportBundleDialogProps {
  onClose(): void;
  onOpened(project: ProjectInfo): void;
}

/**
 * "Import bundle": a colleague's bundle is checked through first and says what it holds; only
 * then does it become a new project, under a name of the user's, and open.
 */
export function ImportBundleDialog({ onClose, onOpened }: ImportBundleDialogProps) {
  const t = useT();
  const { lang } = useLocale();
  const id = useId();
  const job = useJob();
  const [browsing, setBrowsing] = useState(hostKind() !== 'desktop');
  const [checked, setChecked] = useState<BundleSummary | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const check = async (path: string) => {
    setError(null);
    try {
      const summary = await job.run('bundle.verify', { path });
      setChecked(summary);
      setName(summary.name);
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  useEffect(() => {
    if (browsing) return;
    let live = true;
    pickWithNativeDialog('open', { file: 'bundle' }).then(
      (picked) => {
        if (!live) return;
        if (picked === 'unsupported') setBrowsing(true);
        else if (picked) void check(picked);
        else onClose();
      },
      (e: unknown) => live && setError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
    // Once, when the dialog opens on the desktop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked) return;
    const target = name.trim();
    if (!target) return setError(t('importBundle.nameEmpty'));
    setError(null);
    try {
      const made = await job.run('bundle.import', { bundle: checked.path, path: target });
      onOpened(await invoke('project.open', { path: made.path }));
    } catch (err) {
      setError(errorText(err, t));
    }
  };

  const counts = checked?.counts;
  return (
    <Dialog title={t('importBundle.title')} closeLabel={t('common.close')} onClose={onClose} wide={!checked}>
      <ErrorAlert title={t('importBundle.failed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)} />
      {job.running ? (
        <JobProgressBar label={t(checked ? 'importBundle.importing' : 'importBundle.checking')} progress={job.progress} onCancel={job.cancel} />
      ) : checked && counts ? (
        <form className="share-form" onSubmit={(e) => void submit(e)} data-testid="import-summary">
          <div className="bundle-summary">
            <Icon name="package" />
            <div>
              <p className="bundle-summary-name">{checked.name}</p>
              <p className="share-hint">
                {t('importBundle.madeAt', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(checked.createdAt)), version: checked.appVersion })}
              </p>
              <p className="bundle-summary-counts" data-testid="import-counts">
                {t('importBundle.counts', counts)}
              </p>
            </div>
          </div>
          <label htmlFor={`${id}-name`} className="field-label">
            {t('importBundle.nameLabel')}
          </label>
          <input id={`${id}-name`} className="input" value={name} autoComplete="off" data-testid="import-name" onChange={(e) => setName(e.target.value)} />
          <p className="share-hint">{t('importBundle.nameHint')}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" data-testid="import-submit">
              {t('importBundle.open')}
            </button>
          </div>
        </form>
      ) : (
        browsing && <FileBrowser show="bundle" busy={job.running} onPick={(path) => void check(path)} onError={setError} />
      )}
    </Dialog>
  );
}
