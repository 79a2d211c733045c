import { useId, useMemo, useState } from 'react';
import { Icon } from '../../components/Icon';
import { MapCard } from './MapCard';
import { MapCreateDialog } from './MapCreateDialog';
import { useJourneyMaps } from './useJourneyMaps';
import { useJourneyT } from './useJourneyT';
import { usePersonaList } from './usePersonaList';

export function MapList({ onOpen }: { onOpen(id: string): void }) {
  const jt = useJourneyT();
  const id = useId();
  const personas = usePersonaList();
  const { maps, loadError, create, createFuture, remove } = useJourneyMaps();
  const [creating, setCreating] = useState(false);
  const names = useMemo(() => new Map(personas.map((p) => [p.id, p.name])), [personas]);

  return (
    <section className="journey-list" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="route" />
          </span>
          <div>
            <h2 id={`${id}-title`}>{jt('journey.title')}</h2>
            <p className="muted" data-testid="journey-count">
              {maps ? jt('journey.count', { count: maps.length }) : '\u00a0'}
            </p>
          </div>
        </div>
        <button type="button" className="btn btn-primary" data-testid="journey-new" onClick={() => setCreating(true)}>
          <Icon name="plus" />
          {jt('journey.new')}
        </button>
      </header>

      {loadError && (
        <p role="alert" className="alert">
          {loadError}
        </p>
      )}

      {maps && maps.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">{jt('journey.emptyTitle')}</p>
          <p className="muted">{jt('journey.emptyBody')}</p>
        </div>
      )}

      {maps && maps.length > 0 && (
        <ul className="journey-cards">
          {maps.map((m) => (
            <MapCard
              key={m.id}
              map={m}
              personaNames={m.personaIds.flatMap((pid) => names.get(pid) ?? [])}
              onOpen={() => onOpen(m.id)}
              onCreateFuture={() => void createFuture(m).then((created) => created && onOpen(created.id))}
              onDelete={() => void remove(m)}
            />
          ))}
        </ul>
      )}

      {creating && (
        <MapCreateDialog
          onClose={() => setCreating(false)}
          onCreate={async (input) => {
            const created = await create(input);
            if (created) onOpen(created.id);
            return created;
          }}
        />
      )}
    </section>
  );
}
