import { memo } from 'react';
import { EmotionSlider } from './EmotionSlider';
import { useGrid } from './GridContext';
import { useJourneyT } from './useJourneyT';

interface EmotionCellProps {
  stageId: string;
  laneId: string;
  stageName: string;
  row: number;
  column: number;
  scale: number;
  active: boolean;
  persona: { id: string; name: string } | null;
  score: number | null;
  note: string;
  critical: boolean;
  onSet(stageId: string, personaId: string, score: number | null): void;
  onNote(stageId: string, personaId: string): void;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export const EmotionCell = memo(function EmotionCell(props: EmotionCellProps) {
  const { stageId, laneId, stageName, row, column, scale, active, persona, score, note, critical, onSet, onNote } = props;
  const jt = useJourneyT();
  const grid = useGrid();
  return (
    <div
      role="gridcell"
      className={critical ? 'journey-cell journey-emotion-cell critical' : 'journey-cell journey-emotion-cell'}
      style={{ gridRow: row, gridColumn: column }}
      data-testid="journey-emotion-cell"
      {...(persona ? {} : { tabIndex: active ? 0 : -1, 'data-cell': `${stageId}|${laneId}`, onKeyDown: (e) => grid.onCellKeyDown(e, stageId, laneId) })}
    >
      {persona ? (
        <>
          <EmotionSlider
            stageId={stageId}
            laneId={laneId}
            stageName={stageName}
            personaId={persona.id}
            personaName={persona.name}
            score={score}
            scale={scale}
            active={active}
            critical={critical}
            onSet={onSet}
            onNote={onNote}
          />
          <span className="journey-emotion-score" aria-hidden="true">
            {score === null ? '' : signed(score)}
          </span>
          {critical && (
            <span className="journey-critical-label" aria-hidden="true">
              ! {jt('journey.emotionCritical')}
            </span>
          )}
          {note && <span className="journey-emotion-note">{note}</span>}
          <button type="button" className="journey-note-btn journey-emotion-note-btn" tabIndex={-1} aria-label={jt('journey.emotionNote')} title={jt('journey.emotionNote')} onClick={() => onNote(stageId, persona.id)}>
            <span aria-hidden="true">✎</span>
          </button>
        </>
      ) : (
        <p className="muted journey-emotion-empty">{jt('journey.emotionNoPersona')}</p>
      )}
    </div>
  );
});
