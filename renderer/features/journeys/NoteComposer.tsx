import { useEffect, useId, useRef, useState } from 'react';
import { noteTextProblem } from './noteTextProblem';
import { useGrid } from './GridContext';
import { useJourneyT } from './useJourneyT';

/**
 * The quick sticky-note field of a cell. Enter adds the note and leaves the field open for the
 * next one: a room calls out ideas faster than anyone can click.
 */
export function NoteComposer({ stageId, laneId, initialText }: { stageId: string; laneId: string; initialText: string }) {
  const jt = useJourneyT();
  const grid = useGrid();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  // The field's text as typed, for a blur that comes after a note was added but before the field
  // rendered empty: it must not add the same note again.
  const typed = useRef(initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const submit = async (close: boolean) => {
    if (busy.current) return;
    const value = typed.current;
    const key = noteTextProblem(value);
    if (key) {
      if (close && !value.trim()) grid.closeComposer(false);
      else setProblem(jt(key));
      return;
    }
    busy.current = true;
    const ok = await grid.submitNote(stageId, laneId, value.trim());
    if (ok) typed.current = '';
    busy.current = false;
    if (!ok) return;
    setText('');
    setProblem(null);
    if (close) grid.closeComposer(false);
  };

  return (
    <div className="journey-composer">
      <label htmlFor={id} className="visually-hidden">
        {jt('journey.newNote')}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="journey-composer-input"
        value={text}
        rows={2}
        maxLength={600}
        placeholder={jt('journey.notePlaceholder')}
        data-testid="journey-composer"
        aria-invalid={problem !== null}
        aria-describedby={`${id}-problem`}
        onChange={(e) => {
          typed.current = e.target.value;
          setText(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit(false);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            grid.closeComposer(true);
          }
        }}
        onBlur={() => void submit(true)}
      />
      <p id={`${id}-problem`} className="field-error" aria-live="polite">
        {problem ?? ''}
      </p>
    </div>
  );
}
