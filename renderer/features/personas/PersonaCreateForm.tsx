import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { personaNameProblem, personaProblemKey, type PersonaNameProblem } from './personaNameProblem';

export function PersonaCreateForm({ onCreate }: { onCreate(name: string): Promise<unknown> }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<PersonaNameProblem | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = personaNameProblem(name);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    // The field empties at once, so the next name can be typed while this one is saved: a room calls
    // out several personas in a row. A refused name comes back unless something was typed meanwhile.
    setName('');
    input.current?.focus();
    if (!(await onCreate(name))) setName((typed) => (typed === '' ? name : typed));
  };

  return (
    <form className="persona-create" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`} className="visually-hidden">
        {t('persona.newName')}
      </label>
      <div className="persona-create-row">
        <input
          ref={input}
          id={`${id}-name`}
          className="input"
          value={name}
          autoComplete="off"
          data-testid="persona-new-name"
          placeholder={t('persona.newNamePlaceholder')}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-problem`}
          onChange={(e) => {
            setName(e.target.value);
            if (problem) setProblem(null);
          }}
        />
        <button type="submit" className="btn btn-primary" data-testid="persona-add">
          <Icon name="plus" />
          {t('persona.add')}
        </button>
      </div>
      <p id={`${id}-problem`} className="field-error" aria-live="polite" data-testid="persona-create-error">
        {problem ? t(personaProblemKey[problem]) : ''}
      </p>
    </form>
  );
}
