import { useEffect, useId, useState, type FormEvent } from 'react';
import type { JourneyMap, JourneySummary } from '../../../shared/schema/journey';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoStack } from '../../app/UndoContext';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { publishJourney } from './journeyEvents';
import { useJourneyT } from './useJourneyT';

/** Turns an interview highlight into a sticky note on a chosen map, stage and lane, citing it as evidence. */
export function AddToMapDialog({ highlightId, quote, onClose }: { highlightId: string; quote: string; onClose(): void }) {
  const t = useT();
  const jt = useJourneyT();
  const id = useId();
  const toasts = useToasts();
  const stack = useUndoStack();
  const { track } = useSaveState();
  const [maps, setMaps] = useState<JourneySummary[] | null>(null);
  const [mapId, setMapId] = useState('');
  const [map, setMap] = useState<JourneyMap | null>(null);
  const [stageId, setStageId] = useState('');
  const [laneId, setLaneId] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    invoke('journey.list', {}).then(
      (list) => {
        if (!live) return;
        setMaps(list);
        if (list[0]) setMapId(list[0].id);
      },
      () => live && setMaps([]),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!mapId) return;
    let live = true;
    invoke('journey.get', { id: mapId }).then(
      (m) => {
        if (!live) return;
        setMap(m);
        setStageId([...m.stages].sort((a, b) => a.position - b.position)[0]?.id ?? '');
        setLaneId(m.lanes.filter((l) => !l.hidden && l.kind !== 'emotions').sort((a, b) => a.position - b.position)[0]?.id ?? '');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mapId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!map || !stageId || !laneId) return;
    setBusy(true);
    try {
      const change = await track(invoke('item.fromHighlight', { highlightId, stageId, laneId }), (err) => errorText(err, t));
      publishJourney(change.map);
      const itemId = change.changedId;
      stack.push({
        label: jt('journey.history.itemCreate', { text: quote.length > 40 ? `${quote.slice(0, 39)}…` : quote }),
        undo: async () => publishJourney((await track(invoke('item.delete', { id: itemId }), (err) => errorText(err, t))).map),
        redo: async () => publishJourney((await track(invoke('item.restore', { id: itemId }), (err) => errorText(err, t))).map),
      });
      toasts.show({ tone: 'success', message: jt('journey.addToMapDone', { map: map.name }) });
      onClose();
    } catch (err) {
      toasts.show({ tone: 'error', message: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  };

  const stages = map ? [...map.stages].sort((a, b) => a.position - b.position) : [];
  const lanes = map ? map.lanes.filter((l) => !l.hidden && l.kind !== 'emotions').sort((a, b) => a.position - b.position) : [];

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
