import { memo } from 'react';
import { emotionCurve } from '../../../shared/journey/emotionCurve';
import { COLUMN_WIDTH, EMOTION_BOTTOM, EMOTION_ROW_HEIGHT, EMOTION_TOP } from './journeyLayout';
import { CurveMarker } from './CurveMarker';
import { personaStyle } from './personaStyle';

interface EmotionCurvesProps {
  row: number;
  stageCount: number;
  scale: number;
  /** Per persona, in the map's order: a score or null for each stage, left to right. */
  series: readonly { personaId: string; scores: readonly (number | null)[] }[];
  activePersonaId: string | null;
}

/**
 * The curves drawn across the stage columns of the emotions row, one per persona. Decoration
 * only (aria-hidden): the same scores are read out by the sliders in each cell.
 */
export const EmotionCurves = memo(function EmotionCurves({ row, stageCount, scale, series, activePersonaId }: EmotionCurvesProps) {
  const width = stageCount * COLUMN_WIDTH;
  const layout = {
    xs: Array.from({ length: stageCount }, (_, i) => (i + 0.5) * COLUMN_WIDTH),
    yTop: EMOTION_TOP,
    yBottom: EMOTION_BOTTOM,
    scale,
  };
  const mid = (EMOTION_TOP + EMOTION_BOTTOM) / 2;
  return (
    <svg
      className="journey-curves"
      style={{ gridRow: row, gridColumn: `2 / span ${Math.max(1, stageCount)}` }}
      width={width}
      height={EMOTION_ROW_HEIGHT}
      viewBox={`0 0 ${width} ${EMOTION_ROW_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-testid="journey-curves"
    >
      <line x1={0} x2={width} y1={mid} y2={mid} className="journey-curve-zero" />
      {series.map((s, index) => {
        const curve = emotionCurve(s.scores, layout);
        const style = personaStyle(index);
        const active = s.personaId === activePersonaId;
        return (
          <g key={s.personaId} className={active ? 'journey-curve active' : 'journey-curve'} data-testid="journey-curve" data-persona-id={s.personaId}>
            <path d={curve.path} fill="none" stroke={style.colour} strokeWidth={active ? 5 : 3.5} strokeDasharray={style.dash} strokeLinecap="round" />
            {curve.critical.map((i) => {
              const p = curve.points.find((pt) => pt.index === i);
              return p ? <circle key={`c${i}`} cx={p.x} cy={p.y} r={17} className="journey-critical-ring" data-testid="journey-critical" /> : null;
            })}
            {curve.points.map((p) => (
              <CurveMarker key={p.index} x={p.x} y={p.y} shape={style.marker} size={active ? 8 : 6.5} colour={style.colour} />
            ))}
          </g>
        );
      })}
    </svg>
  );
});
