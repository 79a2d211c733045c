import { useEffect, type RefObject } from 'react';

const PAN_THRESHOLD = 5;

/**
 * Pans the map by dragging its background (or with the middle button anywhere), the way people
 * move a whiteboard; clicks that do not move still focus the cell under them.
 */
export function usePan(scrollRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let pan: { x: number; y: number; left: number; top: number; id: number; moving: boolean } | null = null;

    const onMove = (e: PointerEvent) => {
      if (!pan || e.pointerId !== pan.id) return;
      const dx = e.clientX - pan.x;
      const dy = e.clientY - pan.y;
      if (!pan.moving && Math.hypot(dx, dy) < PAN_THRESHOLD) return;
      if (!pan.moving) {
        pan.moving = true;
        scroller.classList.add('panning');
      }
      scroller.scrollLeft = pan.left - dx;
      scroller.scrollTop = pan.top - dy;
    };
    const onUp = () => {
      pan = null;
      scroller.classList.remove('panning');
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target as HTMLElement;
      const background = !target.closest('.journey-note, button, input, textarea, select, [role="slider"], .journey-composer, .journey-lane-head, .journey-stage-head');
      if (!(e.button === 1 || (e.button === 0 && background))) return;
      if (e.button === 1) e.preventDefault();
      pan = { x: e.clientX, y: e.clientY, left: scroller.scrollLeft, top: scroller.scrollTop, id: e.pointerId, moving: false };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    };
    scroller.addEventListener('pointerdown', onDown);
    return () => {
      onUp();
      scroller.removeEventListener('pointerdown', onDown);
    };
  }, [scrollRef]);
}
