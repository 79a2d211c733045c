import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

interface PopoverProps {
  /** Where the thing it belongs to sits on screen; the popover opens just below it. */
  rect: DOMRect;
  label: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

const WIDTH = 360;

/**
 * A small non-modal panel next to a selection. Escape or a click elsewhere closes it; focus moves
 * into it on open so keyboard users land on its first control.
 */
export function Popover({ rect, label, closeLabel, onClose, children, testId }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ top: rect.bottom + 8, left: rect.left });

  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 0;
    const below = rect.bottom + 8;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 8) : below;
    const left = Math.min(Math.max(8, rect.left), window.innerWidth - WIDTH - 16);
    setPlace({ top, left });
  }, [rect]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button:not(.popover-close), select')?.focus();
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    // Escape closes it wherever focus is: a popover whose contents are still loading has no control
    // to take focus, and a mouse user's focus stays where they clicked (the note, for a mark).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
    // Bound once per opening; onClose is stable enough for that lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={label}
      data-testid={testId}
      style={{ top: place.top, left: place.left, width: WIDTH }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="popover-head">
        <p className="popover-title">{label}</p>
        <button type="button" className="icon-btn popover-close" aria-label={closeLabel} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      {children}
    </div>
  );
}
