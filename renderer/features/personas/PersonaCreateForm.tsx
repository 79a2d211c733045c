import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useCreateField } from '../../components/useCreateField';
import { personaNameProblem, personaProblemKey, type PersonaNameProblem } from './personaNameProblem';

export function PersonaCreateForm({ onCreate }: { onCreate(name: string): Promise<unknown> }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { value: name, setValue: setName, submit: send } = useCreateField(onCreate);
  const [problem, setProblem] = useState<PersonaNameProblem | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = personaNameProblem(name);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    // Focus stays in the field for the next name.
    input.current?.focus();
    await send(name);
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
