import type { JourneyLane } from '../../../shared/schema/journey';
import { Icon } from '../../components/Icon';
import { HeaderMenu } from './HeaderMenu';
import { JourneyIcon } from './JourneyIcon';
import { useJourneyT } from './useJourneyT';

interface MapToolbarProps {
  zoom: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onZoomReset(): void;
  onFit(): void;
  showAssumptions: boolean;
  onShowAssumptions(on: boolean): void;
  hiddenLanes: JourneyLane[];
  onShowLane(id: string): void;
  onAddStage(): void;
  onAddLane(): void;
}

export function MapToolbar(props: MapToolbarProps) {
  const jt = useJourneyT();
  const percent = Math.round(props.zoom * 100);
  return (
    <div className="journey-toolbar" role="toolbar" aria-label={jt('journey.settings')}>
      <div className="journey-toolbar-group">
        <button type="button" className="btn btn-small" data-testid="journey-add-stage" onClick={props.onAddStage}>
          <Icon name="plus" />
          {jt('journey.addStage')}
        </button>
        <button type="button" className="btn btn-small" data-testid="journey-add-lane" onClick={props.onAddLane}>
          <Icon name="plus" />
          {jt('journey.addLane')}
        </button>
        {props.hiddenLanes.length > 0 && (
          <span className="journey-hidden-lanes">
            <span className="muted">{jt('journey.hiddenLanes', { count: props.hiddenLanes.length })}</span>
            <HeaderMenu
              label={jt('journey.hiddenLanes', { count: props.hiddenLanes.length })}
              actions={props.hiddenLanes.map((l) => ({ label: jt('journey.showLane', { name: l.name }), testId: `journey-show-lane-${l.id}`, run: () => props.onShowLane(l.id) }))}
            />
          </span>
        )}
      </div>
      <div className="journey-toolbar-group">
        <label className="journey-toggle" title={jt('journey.showAssumptionsHint')}>
          <input type="checkbox" checked={props.showAssumptions} data-testid="journey-assumptions" onChange={(e) => props.onShowAssumptions(e.target.checked)} />
          <JourneyIcon name="eye" />
          {jt('journey.showAssumptions')}
        </label>
        <span className="journey-zoom" data-testid="journey-zoom">
          <button type="button" className="icon-btn" aria-label={jt('journey.zoomOut')} title={`${jt('journey.zoomOut')} (Ctrl+−)`} aria-keyshortcuts="Control+Minus" onClick={props.onZoomOut}>
            <JourneyIcon name="zoomOut" />
          </button>
          <button type="button" className="btn btn-small journey-zoom-value" title={jt('journey.zoomReset', { percent })} aria-keyshortcuts="Control+0" data-testid="journey-zoom-reset" onClick={props.onZoomReset}>
            {percent}%
          </button>
          <button type="button" className="icon-btn" aria-label={jt('journey.zoomIn')} title={`${jt('journey.zoomIn')} (Ctrl++)`} aria-keyshortcuts="Control+Plus" onClick={props.onZoomIn}>
            <JourneyIcon name="zoomIn" />
          </button>
          <button type="button" className="btn btn-small" data-testid="journey-fit" onClick={props.onFit}>
            <JourneyIcon name="fit" />
            {jt('journey.zoomFit')}
          </button>
        </span>
      </div>
    </div>
  );
}
