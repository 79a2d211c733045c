import { useT } from '../../app/useT';
import type { JobProgress } from './useJob';

/** A long task's bar and its Cancel; without figures yet, the bar runs without a value. */
export function JobProgressBar({ label, progress, onCancel }: { label: string; progress: JobProgress | null; onCancel(): void }) {
  const t = useT();
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="job-progress" data-testid="job-progress">
      <p role="status" aria-live="polite">
        {percent === null ? label : t('share.progress', { what: label, percent })}
      </p>
      <div className="job-progress-row">
        {percent === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={percent} />}
        <button type="button" className="btn" data-testid="job-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
