import type { Persona } from '../../../shared/schema/persona';
import { useJourneyT } from './useJourneyT';

interface PersonaPickerProps {
  personas: Persona[];
  selected: string[];
  onChange(ids: string[]): void;
}

export function PersonaPicker({ personas, selected, onChange }: PersonaPickerProps) {
  const jt = useJourneyT();
  return (
    <fieldset className="journey-fieldset">
      <legend className="field-label">{jt('journey.personasLabel')}</legend>
      {personas.length === 0 && <p className="field-hint">{jt('journey.personasNone')}</p>}
      <div className="journey-checks">
        {personas.map((p) => (
          <label key={p.id} className="journey-check">
            <input
              type="checkbox"
              data-testid="journey-persona-option"
              checked={selected.includes(p.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, p.id] : selected.filter((id) => id !== p.id))}
            />
            {p.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
