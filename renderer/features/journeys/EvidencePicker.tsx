import { useId, useMemo, useState } from 'react';
import type { JourneyItem } from '../../../shared/schema/journey';
import { useHighlights } from './EvidenceContext';
import { useJourneyT } from './useJourneyT';

interface EvidencePickerProps {
  item: JourneyItem;
  onCite(highlightId: string): void;
  onUncite(highlightId: string): void;
}

/** Cites or drops interview highlights as evidence for a note; each toggle is its own undoable edit. */
export function EvidencePicker({ item, onCite, onUncite }: EvidencePickerProps) {
  const jt = useJourneyT();
  const id = useId();
  const highlights = useHighlights();
  const [filter, setFilter] = useState('');
  const list = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase();
    return [...highlights.values()].filter((h) => !q || `${h.quote} ${h.interviewTitle}`.toLocaleLowerCase().includes(q));
  }, [highlights, filter]);

  return (
    <fieldset className="journey-fieldset journey-evidence-picker">
      <legend className="field-label">{jt('journey.evidencePick')}</legend>
      {highlights.size === 0 ? (
        <p className="field-hint">{jt('journey.evidenceNoHighlights')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-filter`} className="visually-hidden">
            {jt('journey.evidenceFilter')}
          </label>
          <input id={`${id}-filter`} className="input" type="search" placeholder={jt('journey.evidenceFilter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul className="journey-evidence-list">
            {list.map((h) => {
              const cited = item.highlightIds.includes(h.id);
              return (
                <li key={h.id}>
                  <label className="journey-check">
                    <input
                      type="checkbox"
                      checked={cited}
                      data-testid="journey-evidence-option"
                      onChange={() => (cited ? onUncite(h.id) : onCite(h.id))}
                    />
                    <span>
                      <q>{h.currentText ?? h.quote}</q> <span className="muted">{jt('journey.evidenceFrom', { interview: h.interviewTitle })}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
