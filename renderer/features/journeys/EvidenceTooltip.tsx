import { useHighlights } from './EvidenceContext';
import { useJourneyT } from './useJourneyT';

/** The cited quotes of a note, shown while the note is hovered or focused and read as its description. */
export function EvidenceTooltip({ id, highlightIds }: { id: string; highlightIds: string[] }) {
  const jt = useJourneyT();
  const highlights = useHighlights();
  return (
    <div id={id} role="tooltip" className="journey-evidence-tip" data-testid="journey-evidence-tip">
      <p className="journey-evidence-tip-title">{jt('journey.evidenceCount', { count: highlightIds.length })}</p>
      <ul>
        {highlightIds.map((hid) => {
          const h = highlights.get(hid);
          return (
            <li key={hid}>
              {h ? (
                <>
                  <q>{h.currentText ?? h.quote}</q> <span className="muted">{jt('journey.evidenceFrom', { interview: h.interviewTitle })}</span>
                </>
              ) : (
                <span className="muted">{jt('journey.evidenceMissing')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
