import { Icon, type IconName } from '../../components/Icon';

interface StartActionProps {
  icon: IconName;
  title: string;
  description: string;
  primary?: boolean;
  testId: string;
  disabled?: boolean;
  onClick(): void;
}

export function StartAction({ icon, title, description, primary, testId, disabled, onClick }: StartActionProps) {
  return (
    <button
      type="button"
      className={primary ? 'start-action primary' : 'start-action'}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      <span className="start-action-icon" aria-hidden="true">
        <Icon name={icon} />
      </span>
      <span className="start-action-text">
        <span className="start-action-title">{title}</span>
        <span className="start-action-description">{description}</span>
      </span>
    </button>
  );
}
