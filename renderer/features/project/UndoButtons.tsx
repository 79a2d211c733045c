import { useUndoSnapshot } from '../../app/UndoContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function UndoButtons({ onUndo, onRedo }: { onUndo(): void; onRedo(): void }) {
  const t = useT();
  const snapshot = useUndoSnapshot();
  const mod = isMac ? '⌘' : 'Ctrl';
  const undoLabel = snapshot.undoLabel ? t('undo.undoWhat', { what: snapshot.undoLabel }) : t('undo.undo');
  const redoLabel = snapshot.redoLabel ? t('undo.redoWhat', { what: snapshot.redoLabel }) : t('undo.redo');
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="icon-btn"
        aria-label={undoLabel}
        title={`${undoLabel} (${mod}+Z)`}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        disabled={!snapshot.canUndo}
        onClick={onUndo}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={redoLabel}
        title={`${redoLabel} (${mod}+Shift+Z)`}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
        disabled={!snapshot.canRedo}
        onClick={onRedo}
      >
        <Icon name="redo" />
      </button>
    </div>
  );
}
