import { useEffect, useId, useState } from 'react';
import type { Persona } from '../../../shared/schema/persona';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import type { MessageKey } from '../../../shared/i18n/translate';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useT } from '../../app/useT';
import { titleProblem } from './titleProblem';

type Patch = Partial<Pick<Interview, 'title' | 'participant' | 'startedAt' | 'durationMin' | 'place' | 'personaIds' | 'consent' | 'consentNote'>>;
type FieldName = 'title' | 'participant' | 'startedAt' | 'durationMin' | 'place' | 'consentNote';

interface Draft {
  title: string;
  participant: string;
  startedAt: string;
  durationMin: string;
  place: string;
  consentNote: string;
}

const draftOf = (i: Interview): Draft => ({
  title: i.title,
  participant: i.participant,
  // The date field shows minutes; seconds from the timestamp clock stay in the stored value.
  startedAt: i.startedAt ?? '',
  durationMin: i.durationMin === null ? '' : String(i.durationMin),
  place: i.place,
  consentNote: i.consentNote,
});

/** Checks a field as the core would, so the message is immediate and names the field. */
function problemOf(field: FieldName, value: string): MessageKey | null {
  switch (field) {
    case 'title':
      return titleProblem(value);
    case 'participant':
    case 'place':
      return value.trim().length > 500 ? 'interview.textTooLong' : null;
    case 'consentNote':
      return value.length > 2000 ? 'interview.consentNoteTooLong' : null;
    case 'durationMin': {
      if (!value.trim()) return null;
      const n = Number(value);
      return Number.isInteger(n) && n >= 0 && n <= 1440 ? null : 'interview.durationInvalid';
    }
    case 'startedAt':
      return value && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? 'interview.dateInvalid' : null;
  }
}

function toPatch(field: FieldName, value: string): Patch {
  if (field === 'durationMin') return { durationMin: value.trim() ? Number(value) : null };
  if (field === 'startedAt') return { startedAt: value || null };
  if (field === 'title') return { title: value.trim() };
  return { [field]: field === 'consentNote' ? value : value.trim() };
}

/** The facts of an interview; each field is saved when it is left, checkboxes when they change. */
export function InterviewMetaForm({ interview, onSaved }: { interview: Interview; onSaved(summary: InterviewSummary): void }) {
  const t = useT();
  const id = useId();
  const { track } = useSaveState();
  const [draft, setDraft] = useState<Draft>(() => draftOf(interview));
  const [problems, setProblems] = useState<Partial<Record<FieldName, MessageKey>>>({});
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [personaIds, setPersonaIds] = useState(interview.personaIds);
  const [consent, setConsent] = useState(interview.consent);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    invoke('persona.list', {}).then(setPersonas, () => setPersonas([]));
  }, []);

  // The clock button may set the start time from the notes side.
  const [seenStart, setSeenStart] = useState(interview.startedAt);
  if (seenStart !== interview.startedAt) {
    setSeenStart(interview.startedAt);
    setDraft((d) => ({ ...d, startedAt: interview.startedAt ?? '' }));
  }

  const save = async (patch: Patch) => {
    try {
      const summary = await track(invoke('interview.update', { id: interview.id, ...patch }), (e) => errorText(e, t));
      setSaveError(null);
      onSaved(summary);
    } catch (e) {
      setSaveError(errorText(e, t));
    }
  };

  const commit = (field: FieldName) => {
    const value = draft[field];
    const problem = problemOf(field, value);
    setProblems((p) => ({ ...p, [field]: problem ?? undefined }));
    if (problem) return;
    const stored = draftOf(interview)[field];
    if (value === stored) return;
    void save(toPatch(field, value));
  };

  const field = (name: FieldName, label: MessageKey, props: { type?: string; hint?: MessageKey; multiline?: boolean; inputMode?: 'numeric' } = {}) => {
    const problem = problems[name];
    const describedBy = [problem ? `${id}-${name}-error` : null, props.hint ? `${id}-${name}-hint` : null].filter(Boolean).join(' ') || undefined;
    const common = {
      id: `${id}-${name}`,
      className: 'input',
      'data-testid': `meta-${name}`,
      value: draft[name],
      'aria-invalid': problem !== undefined,
      'aria-describedby': describedBy,
      onBlur: () => commit(name),
    };
    return (
      <div className="field">
        <label className="field-label" htmlFor={`${id}-${name}`}>
          {t(label)}
        </label>
        {props.multiline ? (
          <textarea {...common} rows={3} onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))} />
        ) : (
          <input
            {...common}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            step={props.type === 'datetime-local' ? 1 : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            }}
          />
        )}
        {props.hint && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {t(props.hint)}
          </p>
        )}
        {problem && (
          <p id={`${id}-${name}-error`} className="field-error" role="alert" data-testid={`meta-${name}-error`}>
            {t(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <aside className="interview-meta card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('interview.details')}</h3>
      <form className="meta-form" noValidate onSubmit={(e) => e.preventDefault()}>
        {field('title', 'interview.fieldTitle')}
        {field('participant', 'interview.fieldParticipant', { hint: 'interview.fieldParticipantHint' })}
        {field('startedAt', 'interview.fieldStartedAt', { type: 'datetime-local' })}
        {field('durationMin', 'interview.fieldDuration', { type: 'number', inputMode: 'numeric' })}
        {field('place', 'interview.fieldPlace', { hint: 'interview.fieldPlaceHint' })}

        <fieldset className="field meta-personas">
          <legend className="field-label">{t('interview.fieldPersonas')}</legend>
          {personas && personas.length === 0 && <p className="field-hint">{t('interview.noPersonas')}</p>}
          {personas?.map((p) => (
            <label key={p.id} className="check-row">
              <input
                type="checkbox"
                data-testid="meta-persona"
                checked={personaIds.includes(p.id)}
                onChange={(e) => {
                  const next = e.target.checked ? [...personaIds, p.id] : personaIds.filter((x) => x !== p.id);
                  setPersonaIds(next);
                  void save({ personaIds: next });
                }}
              />
              {p.name}
            </label>
          ))}
        </fieldset>

        <fieldset className="field">
          <legend className="field-label">{t('interview.fieldConsent')}</legend>
          <div className="radio-row">
            {[true, false].map((value) => (
              <label key={String(value)} className="check-row">
                <input
                  type="radio"
                  name={`${id}-consent`}
                  data-testid={value ? 'meta-consent-yes' : 'meta-consent-no'}
                  checked={consent === value}
                  onChange={() => {
                    setConsent(value);
                    void save({ consent: value });
                  }}
                />
                {t(value ? 'interview.consentYes' : 'interview.consentNo')}
              </label>
            ))}
          </div>
        </fieldset>
        {field('consentNote', 'interview.fieldConsentNote', { multiline: true })}
        {saveError && (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        )}
      </form>
    </aside>
  );
}
