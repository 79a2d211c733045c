import { useT } from '../../app/useT';
import type { ImportProgress } from './useImport';

export function ImportProgressView({ progress, onDismiss }: { progress: ImportProgress; onDismiss(): void }) {
  const t = useT();
  const finished = progress.done === progress.total;
  return (
    <div className="import-progress card" data-testid="import-progress">
      <div className="import-progress-head">
        <p role="status" aria-live="polite" data-testid="import-status">
          {finished
            ? t('import.finished', { imported: progress.imported, total: progress.total })
            : t('import.progress', { done: progress.done, total: progress.total, file: progress.current ?? '' })}
        </p>
        {finished && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
            {t('common.dismiss')}
          </button>
        )}
      </div>
      <progress max={progress.total} value={progress.done} aria-label={t('import.progressLabel')} data-testid="import-bar" />
      {progress.errors.length > 0 && (
        <ul className="import-errors" data-testid="import-errors">
          {progress.errors.map((e, i) => (
            <li key={`${e.file}-${i}`}>
              <strong>{e.file}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
