import type { Kpi } from '../../../shared/schema/journey';
import type { JourneyMessageKey } from './journeyMessages';

export interface KpiDraft {
  metric: Kpi['metric'];
  label: string;
  unit: string;
  target: string;
  actual: string;
}

export type KpiCheck = { ok: true; kpi: Kpi } | { ok: false; field: 'label' | 'unit' | 'target' | 'actual'; key: JourneyMessageKey };

const parse = (raw: string): number | null | undefined => {
  const s = raw.trim().replace(',', '.').replace('−', '-').replace(/%$/, '');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** Mirrors the core's Kpi schema (percentages 0..100, NPS −100..100) and reads Polish decimal commas. */
export function checkKpi(draft: KpiDraft): KpiCheck {
  const label = draft.label.trim();
  const unit = draft.unit.trim();
  if (draft.metric === 'custom' && !label) return { ok: false, field: 'label', key: 'journey.kpiLabelNeeded' };
  if (label.length > 100) return { ok: false, field: 'label', key: 'journey.kpiLabelTooLong' };
  if (unit.length > 20) return { ok: false, field: 'unit', key: 'journey.kpiUnitTooLong' };
  const values: Record<'target' | 'actual', number | null> = { target: null, actual: null };
  for (const field of ['target', 'actual'] as const) {
    const v = parse(draft[field]);
    if (v === undefined) return { ok: false, field, key: 'journey.kpiNotNumber' };
    if (v !== null && draft.metric === 'nps' && (v < -100 || v > 100)) return { ok: false, field, key: 'journey.kpiNpsRange' };
    if (v !== null && ['csat', 'crr', 'conversion'].includes(draft.metric) && (v < 0 || v > 100)) {
      return { ok: false, field, key: 'journey.kpiPercentRange' };
    }
    values[field] = v;
  }
  const kpi: Kpi = { metric: draft.metric, target: values.target, actual: values.actual };
  if (draft.metric === 'custom') {
    kpi.label = label;
    if (unit) kpi.unit = unit;
  }
  return { ok: true, kpi };
}

export function draftOf(kpi: Kpi | null): KpiDraft {
  return {
    metric: kpi?.metric ?? 'csat',
    label: kpi?.label ?? '',
    unit: kpi?.unit ?? '',
    target: kpi?.target === null || kpi?.target === undefined ? '' : String(kpi.target),
    actual: kpi?.actual === null || kpi?.actual === undefined ? '' : String(kpi.actual),
  };
}
