import { useId, useState, type FormEvent } from 'react';
import type { BundleExported } from '../../../shared/schema/bundle';
import type { ProjectInfo } from '../../../shared/schema/project';
import { hostKind } from '../../api';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { pickWithNativeDialog } from '../start/pickWithNativeDialog';
import { defaultBundlePath, sizeLabel, withBundleExtension } from './bundlePath';
import { JobProgressBar } from './JobProgressBar';
import { SavedFile } from './SavedFile';
import { useJob } from './useJob';
import '../start/start.css';
import './sharing.css';

/**
 * "Export project bundle": one file to send a colleague, the project and a report anyone can open,
 * written while the project stays open. The path is typed or, on the desktop, picked natively.
 */
export function ExportBundleDialog({ project, onClose }: { project: ProjectInfo; onClose(): void }) {
  const t = useT();
  const { lang } = useLocale();
  const id = useId();
  const job = useJob();
  const [path, setPath] = useState(() => defaultBundlePath(project.path, project.name));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<BundleExported | null>(null);

  const exportTo = async (out: string) => {
    setError(null);
    try {
      setDone(await job.run('bundle.export', { project: project.path, out }));
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const out = path.trim();
    if (!out) return setError(t('share.pathEmpty'));
    void exportTo(withBundleExtension(out));
  };

  const choose = async () => {
    const picked = await pickWithNativeDialog('save', { file: 'bundle', suggestedName: defaultBundlePath('', project.name) });
    if (picked && picked !== 'unsupported') setPath(picked);
  };

  return (
    <Dialog title={t('share.exportTitle')} closeLabel={t('common.close')} onClose={onClose}>
      <ErrorAlert title={t('share.exportFailed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)} />
      {done ? (
        <SavedFile title={t('share.exported', { size: sizeLabel(done.bytes, lang) })} path={done.path} hint={t('share.exportedHint')} testId="export" onClose={onClose} />
      ) : job.running ? (
        <JobProgressBar label={t('share.exporting')} progress={job.progress} onCancel={job.cancel} />
      ) : (
        <form onSubmit={submit} className="share-form">
          <p className="share-hint">{t('share.exportHint')}</p>
          <label htmlFor={`${id}-path`} className="field-label">
            {t('share.pathLabel')}
          </label>
          <div className="path-row">
            <input id={`${id}-path`} className="input" value={path} spellCheck={false} autoComplete="off" data-testid="export-path-input" onChange={(e) => setPath(e.target.value)} />
            {hostKind() === 'desktop' && (
              <button type="button" className="btn" onClick={() => void choose()} data-testid="export-choose">
                {t('share.choose')}
              </button>
            )}
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" data-testid="export-submit">
              <Icon name="share" />
              {t('share.export')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
