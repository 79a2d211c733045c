import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface ErrorAlertProps {
  title: string;
  message: string | null;
  dismissLabel: string;
  onDismiss(): void;
  /** A way out offered under the message, such as a button that retries differently. */
  children?: ReactNode;
}

/** Always mounted so screen readers hear the message when it appears inside the live region. */
export function ErrorAlert({ title, message, dismissLabel, onDismiss, children }: ErrorAlertProps) {
  return (
    <div role="alert" className="alert-slot" data-testid="error-alert">
      {message && (
        <div className="alert">
          <Icon name="alert" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-title">{title}</p>
            <p className="alert-message">{message}</p>
            {children}
          </div>
          <button type="button" className="icon-btn" aria-label={dismissLabel} onClick={onDismiss}>
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
