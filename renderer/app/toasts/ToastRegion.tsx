import { useT } from '../useT';
import { Icon } from '../../components/Icon';
import type { Toast } from './ToastContext';
import './toasts.css';

export function ToastRegion({ toasts, onDismiss }: { toasts: Toast[]; onDismiss(id: number): void }) {
  const t = useT();
  return (
    <section className="toast-region" aria-label={t('toast.region')} aria-live="polite" aria-relevant="additions text">
      {toasts.map((toast) => (
        <div key={toast.id} data-testid="toast" className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
          <p className="toast-message">{toast.message}</p>
          {toast.action && (
            <button
              type="button"
              className="btn btn-small toast-action"
              data-testid="toast-action"
              onClick={() => {
                toast.action?.onAction();
                onDismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-btn toast-close" aria-label={t('toast.dismiss')} onClick={() => onDismiss(toast.id)}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </section>
  );
}
