import { useId } from 'react';
import { CurveMarker } from './CurveMarker';
import { personaStyle } from './personaStyle';
import { useJourneyT } from './useJourneyT';

interface EmotionLegendProps {
  personas: { id: string; name: string }[];
  activeId: string | null;
  onChange(id: string): void;
}

/** Which persona's curve is which (line, dash and marker), and whose scores the sliders set. */
export function EmotionLegend({ personas, activeId, onChange }: EmotionLegendProps) {
  const jt = useJourneyT();
  const name = useId();
  return (
    <fieldset className="journey-legend" data-testid="journey-legend">
      <legend className="journey-legend-title">{jt(personas.length > 1 ? 'journey.emotionFor' : 'journey.emotionLegend')}</legend>
      {personas.map((p, i) => {
        const style = personaStyle(i);
        return (
          <label key={p.id} className="journey-legend-item">
            <input type="radio" name={name} checked={p.id === activeId} onChange={() => onChange(p.id)} data-testid="journey-legend-persona" />
            <svg width="44" height="18" viewBox="0 0 44 18" aria-hidden="true" focusable="false">
              <line x1="2" x2="42" y1="9" y2="9" stroke={style.colour} strokeWidth="3.5" strokeDasharray={style.dash} />
              <CurveMarker x={22} y={9} shape={style.marker} size={5.5} colour={style.colour} />
            </svg>
            <span>{p.name}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
