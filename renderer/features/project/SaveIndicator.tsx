import { useSaveStatus } from '../../app/SaveStateContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';

/**
 * While a note is typed the state stays "saving" for minutes on end, so it is shown without motion:
 * a spinning icon repainted the page every frame under the typist's keys, and distracts on a projector.
 */
export function SaveIndicator() {
  const t = useT();
  const state = useSaveStatus();
  return (
    <p
      className={`save-indicator ${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      title={state.kind === 'failed' ? t('save.failed', { error: state.message }) : undefined}
    >
      <Icon name={state.kind === 'saved' ? 'check' : state.kind === 'saving' ? 'pencil' : 'alert'} />
      <span>
        {state.kind === 'saved' && t('save.saved')}
        {state.kind === 'saving' && t('save.saving')}
        {state.kind === 'failed' && <span className="save-label">{t('save.notSaved')}</span>}
        {state.kind === 'failed' && <span className="save-reason"> {state.message}</span>}
      </span>
    </p>
  );
}
