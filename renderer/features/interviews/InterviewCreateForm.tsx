import { useId, useState, type Ref } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useCreateField } from '../../components/useCreateField';
import { titleProblem } from './titleProblem';

export function InterviewCreateForm({ onCreate, inputRef }: { onCreate(title: string): Promise<boolean>; inputRef?: Ref<HTMLInputElement> }) {
  const t = useT();
  const id = useId();
  const { value: title, setValue: setTitle, submit } = useCreateField(onCreate);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="create-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = titleProblem(title);
        if (problem) return setError(t(problem));
        await submit(title);
      }}
    >
      <label htmlFor={`${id}-title`} className="visually-hidden">
        {t('interview.newTitle')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-title`}
        className="input"
        data-testid="interview-new-title"
        placeholder={t('interview.newTitlePlaceholder')}
        value={title}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setTitle(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="btn btn-primary" data-testid="interview-add">
        <Icon name="plus" />
        {t('interview.add')}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error create-error" role="alert" data-testid="interview-create-error">
          {error}
        </p>
      )}
    </form>
  );
}
