import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../app/useT';
import { personaNameProblem, personaProblemKey, type PersonaNameProblem } from './personaNameProblem';

interface PersonaNameEditorProps {
  initial: string;
  label: string;
  onCommit(name: string): Promise<boolean>;
  onCancel(): void;
}

/** Enter commits, Escape cancels, leaving the field commits a valid name and drops an invalid one. */
export function PersonaNameEditor({ initial, label, onCommit, onCancel }: PersonaNameEditorProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<PersonaNameProblem | null>(null);
  const settled = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const commit = async (fromBlur: boolean) => {
    if (settled.current) return;
    const found = personaNameProblem(value);
    if (found) {
      if (fromBlur) {
        settled.current = true;
        onCancel();
      } else setProblem(found);
      return;
    }
    settled.current = true;
    if (!(await onCommit(value)) && !fromBlur) settled.current = false;
  };

  return (
    <span className="persona-editor">
      <input
        ref={input}
        className="input persona-editor-input"
        data-testid="persona-name-input"
        value={value}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-problem`}
        autoComplete="off"
        onChange={(e) => {
          setValue(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit(false);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            settled.current = true;
            onCancel();
          }
        }}
        onBlur={() => void commit(true)}
      />
      <span id={`${id}-problem`} className="field-error" aria-live="polite">
        {problem ? t(personaProblemKey[problem]) : ''}
      </span>
    </span>
  );
}
