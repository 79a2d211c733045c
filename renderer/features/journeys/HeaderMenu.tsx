import { useId, useRef, type ReactNode } from 'react';
import { JourneyIcon } from './JourneyIcon';

export interface MenuAction {
  label: string;
  testId: string;
  danger?: boolean;
  disabled?: boolean;
  run(): void;
}

/**
 * A light-dismiss menu on the native popover: the browser handles Escape, outside clicks and the
 * top layer, so it is never clipped by the scrolling grid.
 */
export function HeaderMenu({ label, actions, children }: { label: string; actions: MenuAction[]; children?: ReactNode }) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const m = menu.current;
    if (!b || !m) return;
    m.style.top = `${Math.min(b.bottom + 4, window.innerHeight - m.offsetHeight - 8)}px`;
    m.style.left = `${Math.max(8, Math.min(b.left, window.innerWidth - m.offsetWidth - 8))}px`;
  };

  return (
    <>
      <button ref={button} type="button" className="icon-btn journey-menu-btn" aria-label={label} title={label} popoverTarget={id} data-testid="journey-menu">
        <JourneyIcon name="more" />
      </button>
      <div
        ref={menu}
        id={id}
        popover="auto"
        className="journey-menu"
        onToggle={(e) => {
          if ((e as unknown as { newState: string }).newState === 'open') {
            place();
            menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
          }
        }}
      >
        {children}
        {actions.map((a) => (
          <button
            key={a.testId}
            type="button"
            className={a.danger ? 'journey-menu-item danger' : 'journey-menu-item'}
            disabled={a.disabled}
            data-testid={a.testId}
            onClick={() => {
              menu.current?.hidePopover();
              a.run();
            }}
          >
            {a.label}
          </button>
        ))}
      </div>
    </>
  );
}
