import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';

/** Offered under a lock refusal the core could not check (another machine): opens the project here. */
export function TakeOverButton({ disabled, onClick }: { disabled: boolean; onClick(): void }) {
  const t = useT();
  return (
    <button type="button" className="btn btn-small start-take-over" data-testid="take-over" disabled={disabled} onClick={onClick}>
      <Icon name="key" />
      {t('start.takeOver')}
    </button>
  );
}
