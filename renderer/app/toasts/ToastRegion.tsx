import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '../useT';
import { Icon } from '../../components/Icon';
import type { Toast } from './ToastContext';
import './toasts.css';

interface ToastRegionProps {
  toasts: Toast[];
  regionRef: RefObject<HTMLElement | null>;
  onDismiss(id: number): void;
  /** True while the pointer is over a toast or the keys are in one: their timeouts wait meanwhile. */
  onHold(held: boolean): void;
}

export function ToastRegion({ toasts, regionRef, onDismiss, onHold }: ToastRegionProps) {
  const t = useT();
  const hovered = useRef(false);
  const focused = useRef(false);
  const report = () => onHold(hovered.current || focused.current);

  const empty = toasts.length === 0;
  useEffect(() => {
    // The last toast closed under the pointer gives no pointerleave until the pointer moves again;
    // the next toast must not wait for that.
    if (!empty) return;
    hovered.current = false;
    focused.current = false;
    onHold(false);
  }, [empty, onHold]);

  return (
    <section
      ref={regionRef}
      className="toast-region"
      aria-label={t('toast.region')}
      aria-live="polite"
      aria-relevant="additions text"
      onPointerEnter={() => {
        hovered.current = true;
        report();
      }}
      onPointerLeave={() => {
        hovered.current = false;
        report();
      }}
      onFocus={() => {
        focused.current = true;
        report();
      }}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        focused.current = false;
        report();
      }}
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          data-testid="toast"
          data-toast-id={toast.id}
          className={`toast toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : undefined}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Only this toast: a popover open behind it keeps its own Escape.
            e.preventDefault();
            e.stopPropagation();
            onDismiss(toast.id);
          }}
        >
          <p className="toast-message" data-testid="toast-message">{toast.message}</p>
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
          <button
            type="button"
            className="icon-btn toast-close"
            data-testid="toast-close"
            aria-label={t('toast.dismiss')}
            onClick={() => onDismiss(toast.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </section>
  );
}
