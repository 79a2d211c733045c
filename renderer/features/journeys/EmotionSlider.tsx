import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useGrid } from './GridContext';
import { useJourneyT } from './useJourneyT';

interface EmotionSliderProps {
  stageId: string;
  laneId: string;
  stageName: string;
  personaId: string;
  personaName: string;
  score: number | null;
  scale: number;
  active: boolean;
  critical: boolean;
  onSet(stageId: string, personaId: string, score: number | null): void;
  onNote(stageId: string, personaId: string): void;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * A vertical slider over the curve's own scale: clicking a height sets that score, arrow keys step
 * it. It lies exactly over the band the curve is drawn in, so a click lands where the point appears.
 */
export const EmotionSlider = memo(function EmotionSlider(props: EmotionSliderProps) {
  const { stageId, laneId, stageName, personaId, personaName, score, scale, active, critical, onSet, onNote } = props;
  const jt = useJourneyT();
  const grid = useGrid();
  // Key repeats can arrive before the map answers the previous step: count from what was last
  // asked for, until the score shown catches up with it, so no step is lost.
  const requested = useRef<{ value: number | null } | null>(null);
  if (requested.current && requested.current.value === score) requested.current = null;
  const current = requested.current ? requested.current.value : score;
  const set = (next: number | null) => {
    const clamped = next === null ? null : Math.max(-scale, Math.min(scale, next));
    if (clamped === current) return;
    requested.current = { value: clamped };
    onSet(stageId, personaId, clamped);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 2 : 1;
    switch (e.key) {
      case 'ArrowUp':
        set(current === null ? step : current + step);
        break;
      case 'ArrowDown':
        set(current === null ? -step : current - step);
        break;
      case 'Home':
        set(-scale);
        break;
      case 'End':
        set(scale);
        break;
      case '0':
        set(0);
        break;
      case 'Delete':
      case 'Backspace':
        set(null);
        break;
      case 'Enter':
        onNote(stageId, personaId);
        break;
      default:
        grid.onCellKeyDown(e, stageId, laneId);
        return;
    }
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const fraction = (e.clientY - rect.top) / rect.height;
    set(Math.round(scale - fraction * 2 * scale));
  };

  const valueText = score === null ? jt('journey.emotionUnset') : jt('journey.emotionValue', { score, signed: signed(score) });
  return (
    <div
      role="slider"
      className="journey-emotion-slider"
      tabIndex={active ? 0 : -1}
      aria-label={jt('journey.emotionSlider', { persona: personaName, stage: stageName })}
      aria-orientation="vertical"
      aria-valuemin={-scale}
      aria-valuemax={scale}
      aria-valuenow={score ?? undefined}
      aria-valuetext={critical ? `${valueText}, ${jt('journey.emotionCritical')}` : valueText}
      data-cell={`${stageId}|${laneId}`}
      data-testid="journey-emotion"
      data-score={score ?? ''}
      onKeyDown={onKeyDown}
      onFocus={() => grid.onCellFocus(stageId, laneId)}
      onPointerDown={onPointerDown}
    />
  );
});
