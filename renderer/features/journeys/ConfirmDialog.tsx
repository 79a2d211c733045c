import { Dialog } from '../../components/Dialog';
import { useJourneyT } from './useJourneyT';

export function ConfirmDialog({ title, body, onConfirm, onClose }: { title: string; body: string; onConfirm(): void; onClose(): void }) {
  const jt = useJourneyT();
  return (
    <Dialog title={title} closeLabel={jt('journey.close')} onClose={onClose}>
      <p>{body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onClose}>
          {jt('journey.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          data-testid="journey-confirm"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {jt('journey.confirmDelete')}
        </button>
      </div>
    </Dialog>
  );
}
