import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastRegion } from './ToastRegion';

export interface ToastAction {
  label: string;
  onAction(): void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: ToastAction;
}

interface ToastApi {
  show(toast: Omit<Toast, 'id'>, durationMs?: number): number;
  dismiss(id: number): void;
  /** Screen-reader only message, for changes that are visible but not otherwise announced (a moved item). */
  announce(text: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const show = useCallback(
    (toast: Omit<Toast, 'id'>, durationMs = toast.action ? 10_000 : 5_000) => {
      const id = nextId.current++;
      // Three at most: on a projector a stack of notices hides the work itself.
      setToasts((list) => [...list.slice(-2), { ...toast, id }]);
      timers.current.set(id, window.setTimeout(() => dismiss(id), durationMs));
      return id;
    },
    [dismiss],
  );

  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated identical message be read again.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 30);
  }, []);

  const api = useMemo(() => ({ show, dismiss, announce }), [show, dismiss, announce]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} />
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}
