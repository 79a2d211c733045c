import { useCallback, useId, useMemo, type CSSProperties, type RefObject } from 'react';
import type { JourneyItem, JourneyLane, JourneyMap } from '../../../shared/schema/journey';
import { criticalMoments } from '../../../shared/journey/emotionCurve';
import { EmotionCell } from './EmotionCell';
import { EmotionCurves } from './EmotionCurves';
import { EmotionLegend } from './EmotionLegend';
import { GridCell } from './GridCell';
import { GridContext } from './GridContext';
import { COLUMN_WIDTH, EMOTION_ROW_HEIGHT, LANE_LABEL_WIDTH } from './journeyLayout';
import { LaneHeader } from './LaneHeader';
import { cellKey } from './groupCells';
import { StageHeader } from './StageHeader';
import type { ItemTarget } from './moveItemLocally';
import type { JourneyEdits } from './useJourneyMap';
import { useItemDrag } from './useItemDrag';
import { useJourneyT } from './useJourneyT';
import { usePan } from './usePan';
import { focusSelector, useGridApi } from './useGridApi';

export interface MapPersona {
  id: string;
  name: string;
}

interface JourneyGridProps {
  map: JourneyMap;
  cells: Map<string, JourneyItem[]>;
  edits: JourneyEdits;
  personas: MapPersona[];
  activePersonaId: string | null;
  onActivePersona(id: string): void;
  zoom: number;
  showAssumptions: boolean;
  scrollRef: RefObject<HTMLDivElement | null>;
  gridRef: RefObject<HTMLDivElement | null>;
  onDetails(id: string): void;
  onConfirmDelete(kind: 'stage' | 'lane', id: string, count: number): void;
  onEmotionNote(stageId: string, personaId: string): void;
  /** A sticky note to focus as soon as it is drawn: the one a search hit opened the map at. */
  focusItemId?: string | null;
}

/** The map itself: stages as columns, visible lanes as rows, notes in the cells, the emotion curve in its lane. */
export function JourneyGrid(props: JourneyGridProps) {
  const { map, cells, edits, personas, activePersonaId, onActivePersona, zoom, showAssumptions, scrollRef, gridRef } = props;
  const jt = useJourneyT();
  const hintId = useId();
  const stageHintId = useId();
  const laneHintId = useId();

  const stages = useMemo(() => [...map.stages].sort((a, b) => a.position - b.position), [map.stages]);
  const allLanes = useMemo(() => [...map.lanes].sort((a, b) => a.position - b.position), [map.lanes]);
  const lanes = useMemo(() => allLanes.filter((l) => !l.hidden), [allLanes]);
  const noteLanes = useMemo(() => lanes.filter((l) => l.kind !== 'emotions'), [lanes]);

  const countIn = useCallback(
    (pred: (i: JourneyItem) => boolean) => map.items.reduce((n, i) => (pred(i) ? n + 1 : n), 0),
    [map.items],
  );
  const stageCounts = useMemo(() => new Map(stages.map((s) => [s.id, countIn((i) => i.stageId === s.id)])), [stages, countIn]);
  const laneCounts = useMemo(() => new Map(allLanes.map((l) => [l.id, countIn((i) => i.laneId === l.id)])), [allLanes, countIn]);

  const { api, active, composing, editingId } = useGridApi({ map, stages, lanes, noteLanes, cells, edits, onDetails: props.onDetails, focusItemId: props.focusItemId ?? null });

  const firstKey = stages[0] && lanes[0] ? cellKey(stages[0].id, lanes[0].id) : null;
  const activeKey = active && stages.some((s) => active.startsWith(`${s.id}|`)) && lanes.some((l) => active.endsWith(`|${l.id}`)) ? active : firstKey;

  const onDrop = useCallback((id: string, target: ItemTarget) => void edits.moveItem(id, target), [edits]);
  useItemDrag(gridRef, scrollRef, onDrop);
  usePan(scrollRef);

  const renameStage = useCallback((id: string, name: string) => void edits.renameStage(id, name), [edits]);
  const moveStage = useCallback(
    (id: string, index: number) => void edits.moveStage(id, index).then(() => focusSelector(`[data-stage-id="${id}"] .journey-head-name`)),
    [edits],
  );
  const renameLane = useCallback((id: string, name: string) => void edits.renameLane(id, name), [edits]);
  const moveLaneBy = useCallback(
    (id: string, by: -1 | 1) => {
      // Hidden lanes keep their place, so a step skips over them to the next visible neighbour.
      const vi = lanes.findIndex((l) => l.id === id);
      const neighbour = lanes[vi + by];
      if (!neighbour) return;
      void edits.moveLane(id, neighbour.position).then(() => focusSelector(`[data-lane-id="${id}"] .journey-head-name`));
    },
    [lanes, edits],
  );
  const dropLane = useCallback(
    (id: string, onto: string) => {
      const target = allLanes.find((l) => l.id === onto);
      if (target) void edits.moveLane(id, target.position);
    },
    [allLanes, edits],
  );
  const hideLane = useCallback((id: string) => void edits.setLaneHidden(id, true), [edits]);
  const { onConfirmDelete } = props;
  const deleteStage = useCallback((id: string, count: number) => onConfirmDelete('stage', id, count), [onConfirmDelete]);
  const deleteLane = useCallback((id: string, count: number) => onConfirmDelete('lane', id, count), [onConfirmDelete]);
  const setEmotion = useCallback((stageId: string, personaId: string, score: number | null) => void edits.setEmotion(stageId, personaId, score), [edits]);

  const emotionSeries = useMemo(
    () =>
      personas.map((p) => ({
        personaId: p.id,
        scores: stages.map((s) => map.emotions.find((e) => e.stageId === s.id && e.personaId === p.id)?.score ?? null),
      })),
    [personas, stages, map.emotions],
  );
  const activePersona = personas.find((p) => p.id === activePersonaId) ?? personas[0] ?? null;
  const activeSeries = emotionSeries.find((s) => s.personaId === activePersona?.id);
  const activeCritical = useMemo(() => new Set(activeSeries ? criticalMoments(activeSeries.scores) : []), [activeSeries]);

  // Formatting a message per cell on every grid render (each focus move renders the grid) was a
  // measurable share of a keystroke on a big map; the labels only change with names and language.
  const cellLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const lane of noteLanes) {
      for (const stage of stages) labels.set(cellKey(stage.id, lane.id), jt('journey.cellLabel', { lane: lane.name, stage: stage.name }));
    }
    return labels;
  }, [noteLanes, stages, jt]);

  const editingCell = useMemo(() => {
    const item = editingId ? map.items.find((i) => i.id === editingId) : undefined;
    return item ? cellKey(item.stageId, item.laneId) : null;
  }, [editingId, map.items]);

  const renderLane = (lane: JourneyLane, r: number) => {
    const row = r + 2;
    const header = (
      <LaneHeader
        lane={lane}
        position={lane.position}
        row={row}
        isFirst={r === 0}
        isLast={r === lanes.length - 1}
        itemCount={laneCounts.get(lane.id) ?? 0}
        hintId={laneHintId}
        onRename={renameLane}
        onMove={moveLaneBy}
        onDropLane={dropLane}
        onHide={hideLane}
        onDelete={deleteLane}
      >
        {lane.kind === 'emotions' && personas.length > 0 && (
          <EmotionLegend personas={personas} activeId={activePersona?.id ?? null} onChange={onActivePersona} />
        )}
      </LaneHeader>
    );
    if (lane.kind === 'emotions') {
      return (
        <div role="row" className="journey-row journey-emotion-row" key={lane.id} style={{ '--row-h': `${EMOTION_ROW_HEIGHT}px` } as CSSProperties}>
          {header}
          {stages.map((stage, c) => {
            const emotion = activePersona ? map.emotions.find((e) => e.stageId === stage.id && e.personaId === activePersona.id) : undefined;
            return (
              <EmotionCell
                key={stage.id}
                stageId={stage.id}
                laneId={lane.id}
                stageName={stage.name}
                row={row}
                column={c + 2}
                scale={map.scale}
                active={activeKey === cellKey(stage.id, lane.id)}
                persona={activePersona}
                score={emotion?.score ?? null}
                note={emotion?.note ?? ''}
                critical={activeCritical.has(c)}
                onSet={setEmotion}
                onNote={props.onEmotionNote}
              />
            );
          })}
          <EmotionCurves row={row} stageCount={stages.length} scale={map.scale} series={emotionSeries} activePersonaId={activePersona?.id ?? null} />
        </div>
      );
    }
    return (
      <div role="row" className="journey-row" key={lane.id}>
        {header}
        {stages.map((stage, c) => {
          const key = cellKey(stage.id, lane.id);
          return (
            <GridCell
              key={stage.id}
              stageId={stage.id}
              laneId={lane.id}
              row={row}
              column={c + 2}
              label={cellLabels.get(key) ?? ''}
              items={cells.get(key) ?? EMPTY}
              active={activeKey === key}
              composing={composing?.key === key ? composing.text : null}
              editingId={editingCell === key ? editingId : null}
            />
          );
        })}
      </div>
    );
  };

  return (
    <GridContext.Provider value={api}>
      <p id={hintId} className="visually-hidden">
        {jt('journey.gridHint')}
      </p>
      <p id={stageHintId} className="visually-hidden">
        {jt('journey.stageDragHint')}
      </p>
      <p id={laneHintId} className="visually-hidden">
        {jt('journey.laneDragHint')}
      </p>
      <div ref={scrollRef} className="journey-scroll" data-testid="journey-scroll">
        <div
          ref={gridRef}
          role="grid"
          aria-label={jt('journey.gridLabel', { name: map.name })}
          aria-describedby={hintId}
          className={showAssumptions ? 'journey-grid show-assumptions' : 'journey-grid'}
          data-testid="journey-grid"
          style={{
            zoom,
            gridTemplateColumns: `${LANE_LABEL_WIDTH}px repeat(${stages.length}, ${COLUMN_WIDTH}px)`,
          }}
        >
          <div role="row" className="journey-row">
            <div role="columnheader" className="journey-corner" style={{ gridRow: 1, gridColumn: 1 }}>
              <span className="visually-hidden">{jt('journey.lanes')}</span>
              <span aria-hidden="true">{jt('journey.stages')} →</span>
            </div>
            {stages.map((stage, c) => (
              <StageHeader
                key={stage.id}
                stage={stage}
                index={c}
                count={stages.length}
                itemCount={stageCounts.get(stage.id) ?? 0}
                hintId={stageHintId}
                onRename={renameStage}
                onMove={moveStage}
                onDelete={deleteStage}
              />
            ))}
          </div>
          {lanes.map(renderLane)}
        </div>
      </div>
    </GridContext.Provider>
  );
}

const EMPTY: readonly JourneyItem[] = [];
