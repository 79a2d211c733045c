import type { ReactNode } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { ltrPath } from '../start/ltrPath';

/** What an export says once its file is written: that it is saved, where, and a way out. */
export function SavedFile({ title, path, hint, testId, onClose }: { title: string; path: string; hint?: ReactNode; testId: string; onClose(): void }) {
  const t = useT();
  return (
    <div className="share-done" data-testid={`${testId}-done`}>
      <p className="share-done-title">
        <Icon name="check" />
        {title}
      </p>
      <p className="share-path" title={path} data-testid={`${testId}-path`}>
        {ltrPath(path)}
      </p>
      {hint && <p className="share-hint">{hint}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
