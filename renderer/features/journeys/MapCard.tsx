import type { JourneySummary } from '../../../shared/schema/journey';
import { Icon } from '../../components/Icon';
import { useJourneyT } from './useJourneyT';

interface MapCardProps {
  map: JourneySummary;
  personaNames: string[];
  onOpen(): void;
  onCreateFuture(): void;
  onDelete(): void;
}

export function MapCard({ map, personaNames, onOpen, onCreateFuture, onDelete }: MapCardProps) {
  const jt = useJourneyT();
  return (
    <li className="journey-card card" data-testid="journey-card" data-map-id={map.id}>
      <div className="journey-card-main">
        <h3 className="journey-card-name">
          <button type="button" className="journey-card-open" data-testid="journey-open" onClick={onOpen}>
            {map.name}
          </button>
        </h3>
        <span className={`journey-state journey-state-${map.state}`}>
          {jt(map.state === 'current' ? 'journey.stateCurrent' : 'journey.stateFuture')}
        </span>
      </div>
      {map.goal && (
        <p className="journey-card-goal">
          <span className="muted">{jt('journey.goalLabel')}: </span>
          {map.goal}
        </p>
      )}
      <p className="muted journey-card-meta">
        {jt('journey.summary', { stages: map.stageCount, items: map.itemCount })}
        {personaNames.length > 0 && ` · ${personaNames.join(', ')}`}
      </p>
      <div className="journey-card-actions">
        {map.state === 'current' && (
          <button type="button" className="btn btn-small" data-testid="journey-future" onClick={onCreateFuture}>
            <Icon name="sparkles" />
            {jt('journey.createFuture')}
          </button>
        )}
        <button type="button" className="btn btn-small btn-danger" data-testid="journey-delete" onClick={onDelete}>
          <Icon name="trash" />
          {jt('journey.delete')}
        </button>
      </div>
    </li>
  );
}
