import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { opLabel, useHistory } from '../../data/history';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** What the core can undo and redo for this window, by the name of the operation. */
export function UndoButtons({ onUndo, onRedo }: { onUndo(): void; onRedo(): void }) {
  const t = useT();
  const history = useHistory();
  const mod = isMac ? '⌘' : 'Ctrl';
  const undoLabel = history.undo ? t('undo.undoWhat', { what: opLabel(history.undo, t) }) : t('undo.undo');
  const redoLabel = history.redo ? t('undo.redoWhat', { what: opLabel(history.redo, t) }) : t('undo.redo');
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="icon-btn"
        data-testid="undo"
        aria-label={undoLabel}
        title={`${undoLabel} (${mod}+Z)`}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        disabled={!history.undo}
        onClick={onUndo}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="icon-btn"
        data-testid="redo"
        aria-label={redoLabel}
        title={`${redoLabel} (${mod}+Shift+Z)`}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
        disabled={!history.redo}
        onClick={onRedo}
      >
        <Icon name="redo" />
      </button>
    </div>
  );
}
