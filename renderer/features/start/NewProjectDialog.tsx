import { useId, useState, type FormEvent } from 'react';
import type { ProjectInfo } from '../../../shared/schema/project';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { projectFileName, projectNameProblem, type ProjectNameProblem } from './projectFileName';

interface NewProjectDialogProps {
  onClose(): void;
  onCreate(path: string): Promise<ProjectInfo>;
  onCreated(project: ProjectInfo): void;
}

const problemKey: Record<ProjectNameProblem, 'newProject.nameEmpty' | 'newProject.nameTooLong' | 'newProject.nameBadChars'> = {
  empty: 'newProject.nameEmpty',
  tooLong: 'newProject.nameTooLong',
  badChars: 'newProject.nameBadChars',
};

export function NewProjectDialog({ onClose, onCreate, onCreated }: NewProjectDialogProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ProjectNameProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = projectNameProblem(name);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await onCreate(projectFileName(name)));
    } catch (err) {
      setError(errorText(err, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('newProject.title')} closeLabel={t('common.close')} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`} className="field-label">
            {t('newProject.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            autoFocus
            data-testid="new-project-name"
            maxLength={260}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('newProject.namePlaceholder')}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-hint ${id}-problem`}
            onChange={(e) => {
              setName(e.target.value);
              if (problem) setProblem(null);
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('newProject.nameHint')}
          </p>
          <p id={`${id}-problem`} className="field-error" aria-live="polite">
            {problem ? t(problemKey[problem]) : ''}
          </p>
        </div>
        <ErrorAlert title={t('newProject.failed')} message={error} dismissLabel={t('common.dismiss')} onDismiss={() => setError(null)} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="new-project-submit">
            {t('newProject.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
