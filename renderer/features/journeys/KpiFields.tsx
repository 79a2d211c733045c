import { useId } from 'react';
import { KPI_METRICS } from '../../../shared/journey/kpiMetrics';
import type { KpiDraft } from './kpiProblem';
import { useJourneyT } from './useJourneyT';

interface KpiFieldsProps {
  draft: KpiDraft;
  problemField: string | null;
  onChange(draft: KpiDraft): void;
}

export function KpiFields({ draft, problemField, onChange }: KpiFieldsProps) {
  const jt = useJourneyT();
  const id = useId();
  const set = (patch: Partial<KpiDraft>) => onChange({ ...draft, ...patch });
  const numberField = (field: 'target' | 'actual') => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${field}`}>
        {jt(field === 'target' ? 'journey.kpiTarget' : 'journey.kpiActual')}
      </label>
      <input
        id={`${id}-${field}`}
        className="input"
        inputMode="decimal"
        value={draft[field]}
        aria-invalid={problemField === field}
        data-testid={`journey-kpi-${field}`}
        onChange={(e) => set({ [field]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="journey-kpi-fields">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-metric`}>
          {jt('journey.kpiLabel')}
        </label>
        <select id={`${id}-metric`} className="select" value={draft.metric} data-testid="journey-kpi-metric" onChange={(e) => set({ metric: e.target.value as KpiDraft['metric'] })}>
          {KPI_METRICS.map((m) => (
            <option key={m} value={m}>
              {jt(`journey.kpi.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.metric === 'custom' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-label`}>
              {jt('journey.kpiCustomLabel')}
            </label>
            <input id={`${id}-label`} className="input" value={draft.label} aria-invalid={problemField === 'label'} data-testid="journey-kpi-label" onChange={(e) => set({ label: e.target.value })} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-unit`}>
              {jt('journey.kpiUnit')}
            </label>
            <input id={`${id}-unit`} className="input" value={draft.unit} aria-invalid={problemField === 'unit'} onChange={(e) => set({ unit: e.target.value })} />
          </div>
        </>
      )}
      {numberField('target')}
      {numberField('actual')}
    </div>
  );
}
