import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '../../app/LocaleContext';
import { journeyTemplates, type TemplateId } from '../../../shared/journey/journeyTemplates';
import type { OpInput } from '../../../shared/operations';
import type { Lang } from '../../../shared/schema/common';
import { Dialog } from '../../components/Dialog';
import { goalProblem, mapNameProblem } from './mapNameProblem';
import { PersonaPicker } from './PersonaPicker';
import { usePersonaList } from './usePersonaList';
import { useJourneyT } from './useJourneyT';
import type { JourneyMessageKey } from './journeyMessages';

interface MapCreateDialogProps {
  onCreate(input: OpInput<'journey.create'>): Promise<unknown>;
  onClose(): void;
}

export function MapCreateDialog({ onCreate, onClose }: MapCreateDialogProps) {
  const jt = useJourneyT();
  const { lang: locale } = useLocale();
  const id = useId();
  const personas = usePersonaList();
  const [name, setName] = useState('');
  const [goal, setGoal] = useState('');
  const [template, setTemplate] = useState<TemplateId | 'empty'>('five-stages');
  const [lang, setLang] = useState<Lang>(locale === 'pl' ? 'pl' : 'en');
  const [personaIds, setPersonaIds] = useState<string[]>([]);
  const [state, setState] = useState<'current' | 'future'>('current');
  const [scale, setScale] = useState<2 | 5>(5);
  const [problem, setProblem] = useState<{ field: 'name' | 'goal'; key: JourneyMessageKey } | null>(null);
  const [busy, setBusy] = useState(false);

  const chosen = journeyTemplates.find((tpl) => tpl.id === template);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const nameKey = mapNameProblem(name);
    const goalKey = goalProblem(goal);
    setProblem(nameKey ? { field: 'name', key: nameKey } : goalKey ? { field: 'goal', key: goalKey } : null);
    if (nameKey || goalKey) return;
    setBusy(true);
    const created = await onCreate({ name: name.trim(), goal: goal.trim(), template, lang, personaIds, state, scale });
    setBusy(false);
    if (created) onClose();
  };

  return (
    <Dialog title={jt('journey.new')} closeLabel={jt('journey.close')} onClose={onClose} wide>
      <form className="journey-form" onSubmit={submit} noValidate data-testid="journey-create-form">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {jt('journey.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            autoFocus
            autoComplete="off"
            data-testid="journey-name"
            aria-invalid={problem?.field === 'name'}
            aria-describedby={`${id}-problem`}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-goal`}>
            {jt('journey.goalLabel')}
          </label>
          <input
            id={`${id}-goal`}
            className="input"
            value={goal}
            autoComplete="off"
            placeholder={jt('journey.goalPlaceholder')}
            data-testid="journey-goal"
            aria-invalid={problem?.field === 'goal'}
            aria-describedby={`${id}-problem`}
            onChange={(e) => setGoal(e.target.value)}
          />
        </div>
        <div className="journey-form-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-template`}>
              {jt('journey.templateLabel')}
            </label>
            <select
              id={`${id}-template`}
              className="select"
              value={template}
              data-testid="journey-template"
              aria-describedby={`${id}-stages`}
              onChange={(e) => setTemplate(e.target.value as TemplateId | 'empty')}
            >
              {journeyTemplates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name[lang]}
                </option>
              ))}
              <option value="empty">{jt('journey.templateEmpty')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-lang`}>
              {jt('journey.langLabel')}
            </label>
            <select id={`${id}-lang`} className="select" value={lang} data-testid="journey-lang" onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="pl">{jt('journey.langPl')}</option>
              <option value="en">{jt('journey.langEn')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-scale`}>
              {jt('journey.scaleLabel')}
            </label>
            <select id={`${id}-scale`} className="select" value={scale} data-testid="journey-scale" onChange={(e) => setScale(e.target.value === '2' ? 2 : 5)}>
              <option value="5">{jt('journey.scale5')}</option>
              <option value="2">{jt('journey.scale2')}</option>
            </select>
          </div>
        </div>
        <p id={`${id}-stages`} className="field-hint journey-template-stages" data-testid="journey-template-stages">
          {chosen ? chosen.stages.map((s) => s[lang]).join(' → ') : jt('journey.templateEmpty')}
        </p>
        <fieldset className="journey-fieldset">
          <legend className="field-label">{jt('journey.stateLabel')}</legend>
          <div className="journey-checks">
            {(['current', 'future'] as const).map((s) => (
              <label key={s} className="journey-check">
                <input type="radio" name={`${id}-state`} value={s} checked={state === s} onChange={() => setState(s)} />
                {jt(s === 'current' ? 'journey.stateCurrent' : 'journey.stateFuture')}
              </label>
            ))}
          </div>
        </fieldset>
        <PersonaPicker personas={personas} selected={personaIds} onChange={setPersonaIds} />
        <p id={`${id}-problem`} className="field-error" aria-live="polite" data-testid="journey-create-error">
          {problem ? jt(problem.key) : ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {jt('journey.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="journey-create-submit">
            {jt('journey.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
