import { useEffect, useId } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../project/NavigationContext';
import { PersonaCreateForm } from './PersonaCreateForm';
import { PersonaList } from './PersonaList';
import { usePersonas } from './usePersonas';
import './personas.css';

export function PersonasPanel() {
  const t = useT();
  const id = useId();
  const { personas, loadError, create, rename, remove, reorder, sortByName } = usePersonas();
  const { route } = useNavigation();
  const askedId = route.focus && 'personaId' in route.focus ? route.focus.personaId : null;
  const loaded = personas !== null;

  useEffect(() => {
    // A search hit opens the list at its persona: in view, its first control focused.
    if (!askedId || !loaded) return;
    const item = document.querySelector<HTMLElement>(`[data-persona-id="${CSS.escape(askedId)}"]`);
    item?.scrollIntoView({ block: 'center' });
    (item?.querySelector<HTMLElement>('[data-action="rename"]') ?? item?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }, [askedId, loaded, route.nonce]);

  return (
    <section className="personas" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="users" />
          </span>
          <div>
            <h2 id={`${id}-title`}>{t('persona.title')}</h2>
            <p className="muted" data-testid="persona-count">
              {personas ? t('persona.count', { count: personas.length }) : '\u00a0'}
            </p>
          </div>
        </div>
        <button type="button" className="btn btn-small" data-testid="persona-sort" disabled={!personas || personas.length < 2} onClick={() => void sortByName()}>
          <Icon name="sort" />
          {t('persona.sortByName')}
        </button>
      </header>

      <PersonaCreateForm onCreate={create} />

      {loadError && (
        <p role="alert" className="alert">
          {loadError}
        </p>
      )}

      {personas && personas.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">{t('persona.emptyTitle')}</p>
          <p className="muted">{t('persona.emptyBody')}</p>
        </div>
      )}

      {personas && personas.length > 0 && (
        <>
          <PersonaList
            personas={personas}
            label={t('persona.title')}
            hintId={`${id}-hint`}
            onRename={rename}
            onDelete={(personaId) => void remove(personaId)}
            onReorder={(ids) => void reorder(ids)}
          />
          <p id={`${id}-hint`} className="persona-hint muted">
            {t('persona.reorderHint')}
          </p>
        </>
      )}
    </section>
  );
}
