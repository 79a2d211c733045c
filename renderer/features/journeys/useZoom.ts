import { useCallback, useEffect, useState, type RefObject } from 'react';
import { COLUMN_WIDTH, LANE_LABEL_WIDTH, ZOOM_MAX, ZOOM_MIN } from './journeyLayout';

const clamp = (z: number) => Math.round(Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z)) * 100) / 100;
const STEPS = [0.3, 0.4, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/**
 * The map's zoom. Ctrl +/−/0 zoom the map rather than the whole page, which would shrink the
 * toolbar with it; fit makes the whole map visible for a projector.
 */
export function useZoom(scrollRef: RefObject<HTMLElement | null>, gridRef: RefObject<HTMLElement | null>) {
  const [zoom, setZoom] = useState(1);

  const zoomIn = useCallback(() => setZoom((z) => clamp(STEPS.find((s) => s > z + 0.001) ?? ZOOM_MAX)), []);
  const zoomOut = useCallback(() => setZoom((z) => clamp([...STEPS].reverse().find((s) => s < z - 0.001) ?? ZOOM_MIN)), []);
  const reset = useCallback(() => setZoom(1), []);
  const fit = useCallback(
    (stageCount: number) => {
      const scroller = scrollRef.current;
      const grid = gridRef.current;
      if (!scroller || !grid) return;
      setZoom((z) => {
        // The column tracks are fixed, so the unzoomed width is known; the height is measured and unzoomed.
        const width = LANE_LABEL_WIDTH + stageCount * COLUMN_WIDTH;
        const height = grid.getBoundingClientRect().height / z;
        if (!width || !height) return z;
        return clamp(Math.min(scroller.clientWidth / width, scroller.clientHeight / height) * 0.98);
      });
    },
    [scrollRef, gridRef],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '+' || e.key === '=') zoomIn();
      else if (e.key === '-' || e.key === '_') zoomOut();
      else if (e.key === '0') reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [zoomIn, zoomOut, reset]);

  return { zoom, zoomIn, zoomOut, reset, fit };
}
