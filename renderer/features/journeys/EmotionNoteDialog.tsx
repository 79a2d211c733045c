import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { useJourneyT } from './useJourneyT';

interface EmotionNoteDialogProps {
  label: string;
  note: string;
  onSave(note: string): void;
  onClose(): void;
}

export function EmotionNoteDialog({ label, note: initial, onSave, onClose }: EmotionNoteDialogProps) {
  const jt = useJourneyT();
  const id = useId();
  const [note, setNote] = useState(initial);
  const tooLong = note.trim().length > 500;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (tooLong) return;
    onClose();
    if (note.trim() !== initial) onSave(note.trim());
  };
  return (
    <Dialog title={jt('journey.emotionNote')} closeLabel={jt('journey.close')} onClose={onClose}>
      <form className="journey-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          <textarea id={id} className="input journey-textarea" rows={3} value={note} autoFocus aria-invalid={tooLong} data-testid="journey-emotion-note" onChange={(e) => setNote(e.target.value)} />
        </div>
        <p className="field-error" role="alert">
          {tooLong ? jt('journey.emotionNoteTooLong') : ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {jt('journey.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="journey-emotion-note-save">
            {jt('journey.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
