import { useEffect, useRef, useState } from 'react';
import { mapNameProblem } from './mapNameProblem';
import { useJourneyT } from './useJourneyT';

/** Renames a stage or lane in place; names follow the same rules as a map's name. */
export function HeaderNameEditor({ value, label, onDone }: { value: string; label: string; onDone(name: string | null): void }) {
  const jt = useJourneyT();
  const ref = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (done.current) return;
    const key = keep ? mapNameProblem(name) : null;
    if (key) {
      setProblem(jt(key));
      return;
    }
    done.current = true;
    onDone(keep ? name.trim() : null);
  };

  return (
    <span className="journey-header-edit">
      <input
        ref={ref}
        className="input journey-header-input"
        value={name}
        aria-label={label}
        aria-invalid={problem !== null}
        title={problem ?? undefined}
        data-testid="journey-header-input"
        onChange={(e) => {
          setName(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(true);
          if (e.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true)}
      />
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
