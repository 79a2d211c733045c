import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FocusReturn } from './focusReturn';
import { ToastRegion } from './ToastRegion';
import { ToastTimers } from './toastTimers';

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

/** Three at most: on a projector a stack of notices hides the work itself. */
const MAX_TOASTS = 3;

/** The key that takes the keys to the newest toast and back, as in other desktop apps' notification areas. */
const TOAST_KEY = 'F8';

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const nextId = useRef(1);
  // The list as last set, for the code below that must know it before React renders it.
  const current = useRef<Toast[]>([]);
  const regionRef = useRef<HTMLElement | null>(null);
  const [focusReturn] = useState(() => new FocusReturn());

  const update = useCallback((next: Toast[]) => {
    current.current = next;
    setToasts(next);
  }, []);

  // Called while the leaving toasts are still in the page: once they are gone, focus is on the body.
  const giveBackFocus = useCallback(
    (leaving: number[]) => {
      const active = document.activeElement;
      const holds = leaving.some((id) => regionRef.current?.querySelector(`[data-toast-id="${id}"]`)?.contains(active));
      if (holds) focusReturn.restore(() => document.querySelector('main'));
    },
    [focusReturn],
  );

  const [timers] = useState(() => new ToastTimers());
  const dismiss = useCallback(
    (id: number) => {
      timers.stop(id);
      if (!current.current.some((t) => t.id === id)) return;
      giveBackFocus([id]);
      update(current.current.filter((t) => t.id !== id));
    },
    [giveBackFocus, timers, update],
  );

  const show = useCallback(
    (toast: Omit<Toast, 'id'>, durationMs = toast.action ? 10_000 : 5_000) => {
      const id = nextId.current++;
      const list = [...current.current, { ...toast, id }];
      const dropped = list.slice(0, -MAX_TOASTS).map((t) => t.id);
      for (const old of dropped) timers.stop(old);
      giveBackFocus(dropped);
      update(list.slice(-MAX_TOASTS));
      timers.start(id, durationMs, () => dismiss(id));
      return id;
    },
    [dismiss, giveBackFocus, timers, update],
  );

  const hold = useCallback((held: boolean) => (held ? timers.hold() : timers.release()), [timers]);

  useEffect(() => (regionRef.current ? focusReturn.watch(regionRef.current) : undefined), [focusReturn]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== TOAST_KEY || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const region = regionRef.current;
      // A modal dialog makes the rest of the page inert: the toasts cannot take focus then.
      if (!region || document.querySelector('dialog[open]')) return;
      if (region.contains(document.activeElement)) {
        e.preventDefault();
        focusReturn.restore(() => document.querySelector('main'));
        return;
      }
      const newest = region.querySelector<HTMLElement>('[data-toast-id]:last-child button');
      if (!newest) return;
      e.preventDefault();
      newest.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusReturn]);

  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated identical message be read again.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 30);
  }, []);

  const api = useMemo(() => ({ show, dismiss, announce }), [show, dismiss, announce]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion toasts={toasts} regionRef={regionRef} onDismiss={dismiss} onHold={hold} />
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
