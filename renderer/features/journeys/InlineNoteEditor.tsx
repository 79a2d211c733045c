import { useEffect, useRef, useState } from 'react';
import type { JourneyItem } from '../../../shared/schema/journey';
import { noteTextProblem } from './noteTextProblem';
import { useGrid } from './GridContext';
import { useJourneyT } from './useJourneyT';

/** Edits a note's text in place: Enter keeps, Escape cancels, leaving the field keeps. */
export function InlineNoteEditor({ item }: { item: JourneyItem }) {
  const jt = useJourneyT();
  const grid = useGrid();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(item.text);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (done.current) return;
    if (keep) {
      const key = noteTextProblem(text);
      if (key) {
        setProblem(jt(key));
        return;
      }
    }
    done.current = true;
    grid.finishEdit(item.id, keep ? text.trim() : null);
  };

  return (
    <div className="journey-note-editing">
      <textarea
        ref={ref}
        className="journey-note-input"
        value={text}
        rows={3}
        aria-label={jt('journey.noteEditLabel')}
        aria-invalid={problem !== null}
        data-testid="journey-note-input"
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            finish(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(false);
          }
        }}
        onBlur={() => finish(true)}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
