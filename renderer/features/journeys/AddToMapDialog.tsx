import { useId, useMemo, useState, type FormEvent } from 'react';
import { useMutate } from '../../data/mutate';
import { useCollection, useEntities, useLoad } from '../../data/useEntities';
import { useToasts } from '../../app/toasts/ToastContext';
import { Dialog } from '../../components/Dialog';
import { loadJourneyMap, mapQueryKey } from './journeyMapQuery';
import { useJourneyT } from './useJourneyT';

/** Turns an interview highlight into a sticky note on a chosen map, stage and lane, citing it as evidence. */
export function AddToMapDialog({ highlightId, quote, onClose }: { highlightId: string; quote: string; onClose(): void }) {
  const jt = useJourneyT();
  const id = useId();
  const toasts = useToasts();
  const mutate = useMutate();
  const { rows: mapRows, loaded } = useCollection('journey');
  const maps = useMemo(() => (loaded ? [...mapRows].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)) : null), [mapRows, loaded]);
  const [picked, setMapId] = useState('');
  const mapId = picked || maps?.[0]?.id || '';
  const map = maps?.find((m) => m.id === mapId) ?? null;
  useLoad(mapId ? mapQueryKey(mapId) : null, () => loadJourneyMap(mapId));
  const stages = useEntities('stage', { mapId });
  const allLanes = useEntities('lane', { mapId });
  const lanes = useMemo(() => allLanes.filter((l) => !l.hidden && l.kind !== 'emotions'), [allLanes]);
  const [pickedStage, setStageId] = useState('');
  const [pickedLane, setLaneId] = useState('');
  // The first stage and lane until one is picked, and again when the picked one is gone.
  const stageId = stages.some((s) => s.id === pickedStage) ? pickedStage : (stages[0]?.id ?? '');
  const laneId = lanes.some((l) => l.id === pickedLane) ? pickedLane : (lanes[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!map || !stageId || !laneId) return;
    setBusy(true);
    const r = await mutate('item.fromHighlight', { highlightId, stageId, laneId });
    setBusy(false);
    if (!r.ok) return;
    toasts.show({ tone: 'success', message: jt('journey.addToMapDone', { map: map.name }) });
    onClose();
  };

  return (
    <Dialog title={jt('journey.addToMapTitle')} closeLabel={jt('journey.close')} onClose={onClose}>
      {maps && maps.length === 0 ? (
        <p>{jt('journey.addToMapNoMaps')}</p>
      ) : (
        <form className="journey-form" onSubmit={submit} data-testid="journey-add-to-map">
          <blockquote className="muted">{quote}</blockquote>
          {(
            [
              ['map', jt('journey.addToMapMap'), mapId, setMapId, (maps ?? []).map((m) => [m.id, m.name])],
              ['stage', jt('journey.addToMapStage'), stageId, setStageId, stages.map((s) => [s.id, s.name])],
              ['lane', jt('journey.addToMapLane'), laneId, setLaneId, lanes.map((l) => [l.id, l.name])],
            ] as const
          ).map(([key, label, value, set, options]) => (
            <div className="field" key={key}>
              <label className="field-label" htmlFor={`${id}-${key}`}>
                {label}
              </label>
              <select id={`${id}-${key}`} className="select" value={value} data-testid={`journey-add-${key}`} onChange={(e) => set(e.target.value)}>
                {options.map(([v, name]) => (
                  <option key={v} value={v}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {jt('journey.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy || !stageId || !laneId} data-testid="journey-add-submit">
              {jt('journey.addToMap')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
