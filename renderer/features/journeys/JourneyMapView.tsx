import { useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { MapExportDialog } from '../sharing/MapExportDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { EmotionNoteDialog } from './EmotionNoteDialog';
import { EvidenceContext } from './EvidenceContext';
import { ItemDialog } from './ItemDialog';
import { JourneyGrid } from './JourneyGrid';
import { JourneyIcon } from './JourneyIcon';
import { MapSettingsDialog } from './MapSettingsDialog';
import { MapToolbar } from './MapToolbar';
import { useHighlightIndex } from './useHighlightIndex';
import { useJourneyMap } from './useJourneyMap';
import { useJourneyT } from './useJourneyT';
import { usePersonaList } from './usePersonaList';
import { useZoom } from './useZoom';

type Pending =
  | { kind: 'details'; id: string }
  | { kind: 'settings' }
  | { kind: 'confirm'; what: 'stage' | 'lane'; id: string; count: number }
  | { kind: 'emotionNote'; stageId: string; personaId: string }
  | null;

export function JourneyMapView({ mapId, focusItemId = null, onBack }: { mapId: string; focusItemId?: string | null; onBack(): void }) {
  const jt = useJourneyT();
  const { map, cells, loadError, gone, edits } = useJourneyMap(mapId);
  const highlights = useHighlightIndex();
  const allPersonas = usePersonaList();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const zoom = useZoom(scrollRef, gridRef);
  const [showAssumptions, setShowAssumptions] = useState(false);
  const [activePersonaId, setActivePersonaId] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [exporting, setExporting] = useState(false);
  const t = useT();

  const personas = useMemo(() => {
    const names = new Map(allPersonas.map((p) => [p.id, p.name]));
    return (map?.personaIds ?? []).map((id) => ({ id, name: names.get(id) ?? '…' }));
  }, [allPersonas, map?.personaIds]);

  const onDetails = useCallback((id: string) => setPending({ kind: 'details', id }), []);
  const onConfirmDelete = useCallback(
    (what: 'stage' | 'lane', id: string, count: number) => {
      if (count === 0) void (what === 'stage' ? edits.deleteStage(id) : edits.deleteLane(id));
      else setPending({ kind: 'confirm', what, id, count });
    },
    [edits],
  );
  const onEmotionNote = useCallback((stageId: string, personaId: string) => setPending({ kind: 'emotionNote', stageId, personaId }), []);

  if (loadError || gone) {
    return (
      <section className="journey-view">
        <p role="alert" className="alert" data-testid="journey-map-problem">
          {loadError ? jt('journey.mapLoadFailed', { error: loadError }) : jt('journey.mapGone')}
        </p>
        <button type="button" className="btn" onClick={onBack}>
          <JourneyIcon name="back" />
          {jt('journey.back')}
        </button>
      </section>
    );
  }
  if (!map || !cells) return <section className="journey-view" aria-busy="true" aria-label={jt('journey.loading')} />;

  const detailsItem = pending?.kind === 'details' ? map.items.find((i) => i.id === pending.id) : undefined;
  const detailsLane = detailsItem ? map.lanes.find((l) => l.id === detailsItem.laneId) : undefined;
  const hiddenLanes = map.lanes.filter((l) => l.hidden);

  return (
    <section className="journey-view" aria-labelledby="journey-map-title" data-testid="journey-view">
      <header className="journey-view-head">
        <button type="button" className="btn btn-ghost" data-testid="journey-back" onClick={onBack}>
          <JourneyIcon name="back" />
          {jt('journey.back')}
        </button>
        <div className="journey-view-titles">
          <h2 id="journey-map-title" data-testid="journey-map-name">
            {map.name}
          </h2>
          <p className="muted">
            <span className={`journey-state journey-state-${map.state}`}>{jt(map.state === 'current' ? 'journey.stateCurrent' : 'journey.stateFuture')}</span>
            {map.goal && (
              <span>
                {' '}
                {jt('journey.goalLabel')}: <strong>{map.goal}</strong>
              </span>
            )}
          </p>
        </div>
        <button type="button" className="btn btn-small" data-testid="journey-export" onClick={() => setExporting(true)}>
          <Icon name="share" />
          {t('mapExport.open')}
        </button>
        <button type="button" className="btn btn-small" data-testid="journey-settings" onClick={() => setPending({ kind: 'settings' })}>
          <JourneyIcon name="settings" />
          {jt('journey.settings')}
        </button>
      </header>

      <MapToolbar
        zoom={zoom.zoom}
        onZoomIn={zoom.zoomIn}
        onZoomOut={zoom.zoomOut}
        onZoomReset={zoom.reset}
        onFit={() => zoom.fit(map.stages.length)}
        showAssumptions={showAssumptions}
        onShowAssumptions={setShowAssumptions}
        hiddenLanes={hiddenLanes}
        onShowLane={(id) => void edits.setLaneHidden(id, false)}
        onAddStage={() => void edits.addStage(jt('journey.newStageName'))}
        onAddLane={() => void edits.addLane(jt('journey.newLaneName'))}
      />

      <EvidenceContext.Provider value={highlights}>
        <JourneyGrid
          map={map}
          cells={cells}
          edits={edits}
          personas={personas}
          activePersonaId={activePersonaId}
          onActivePersona={setActivePersonaId}
          zoom={zoom.zoom}
          showAssumptions={showAssumptions}
          scrollRef={scrollRef}
          gridRef={gridRef}
          onDetails={onDetails}
          onConfirmDelete={onConfirmDelete}
          onEmotionNote={onEmotionNote}
          focusItemId={focusItemId}
        />

        {detailsItem && detailsLane && (
          <ItemDialog
            item={detailsItem}
            lane={detailsLane}
            lang={map.lang}
            onSave={(patch) => edits.updateItem(detailsItem.id, patch)}
            onCite={(hid) => void edits.cite(detailsItem.id, hid)}
            onUncite={(hid) => void edits.uncite(detailsItem.id, hid)}
            onClose={() => setPending(null)}
          />
        )}
      </EvidenceContext.Provider>

      {pending?.kind === 'settings' && <MapSettingsDialog map={map} onSave={edits.updateSettings} onClose={() => setPending(null)} />}

      {pending?.kind === 'confirm' && (
        <ConfirmDialog
          title={jt(pending.what === 'stage' ? 'journey.confirmDeleteStage' : 'journey.confirmDeleteLane', {
            name: (pending.what === 'stage' ? map.stages : map.lanes).find((x) => x.id === pending.id)?.name ?? '',
            count: pending.count,
          })}
          body={jt('journey.confirmDeleteBody')}
          onConfirm={() => void (pending.what === 'stage' ? edits.deleteStage(pending.id) : edits.deleteLane(pending.id))}
          onClose={() => setPending(null)}
        />
      )}

      {pending?.kind === 'emotionNote' && (() => {
        const emotion = map.emotions.find((e) => e.stageId === pending.stageId && e.personaId === pending.personaId);
        const stage = map.stages.find((s) => s.id === pending.stageId);
        const persona = personas.find((p) => p.id === pending.personaId);
        return (
          <EmotionNoteDialog
            label={jt('journey.emotionNoteLabel', { persona: persona?.name ?? '', stage: stage?.name ?? '' })}
            note={emotion?.note ?? ''}
            onSave={(note) => void edits.setEmotion(pending.stageId, pending.personaId, emotion?.score ?? 0, note)}
            onClose={() => setPending(null)}
          />
        );
      })()}
      {exporting && <MapExportDialog mapId={map.id} mapName={map.name} onClose={() => setExporting(false)} />}
    </section>
  );
}
