import { useEffect, useId, useRef, useState } from 'react';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import type { MessageKey } from '../../../shared/i18n/translate';
import { invokeOnExit } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useT } from '../../app/useT';
import { useMutate } from '../../data/mutate';
import { useCollection } from '../../data/useEntities';
import { ApiError } from '../../transport/ApiError';
import { FieldAutosaver, type FieldCheck, type FieldMoment } from './FieldAutosaver';
import { draftOf, draftPart, FIELDS, halfTypedDate, problemOf, toPatch, type Draft, type FieldName, type FieldValue, type Patch } from './interviewDraft';

/** A pause in typing this long saves the field, as leaving it does; long enough not to save every word. */
const PAUSE_MS = 500;

/**
 * How a wait for the pause ends when it wrote nothing (the value was refused by its check, or is
 * stored already): as a refusal, which leaves the save indicator as it was before the wait, a
 * failed save still unmade good included, where an ordinary end would count as a save that worked.
 */
const NOTHING_WRITTEN = new ApiError('invalid_input', 'Nothing was written.');

/**
 * The facts of an interview. A text field is saved after a short pause in typing and when it is
 * left, checkboxes when they change; typing not yet saved goes with the page if it is closed.
 * `interview` follows the store, so a change made in another window shows in every field but the
 * one being typed in.
 */
export function InterviewMetaForm({ interview, onSaved }: { interview: Interview; onSaved(summary: InterviewSummary): void }) {
  const t = useT();
  const id = useId();
  const { track } = useSaveState();
  const mutate = useMutate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(interview));
  const [problems, setProblems] = useState<Partial<Record<FieldName, MessageKey>>>({});
  const { rows: personas, loaded: personasLoaded } = useCollection('persona');
  const { personaIds, consent } = interview;
  const [saveError, setSaveError] = useState<string | null>(null);

  // Read between renders, by the pause's timer and as the page goes away.
  const typed = useRef(draft);
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLTextAreaElement>>>({});
  const stored = useRef(interview);
  const latest = useRef({ onSaved, t });
  const answers = useRef({ sent: 0, shown: 0 });
  const autosaver = useRef<FieldAutosaver<FieldName, FieldValue> | null>(null);
  useEffect(() => {
    typed.current = draft;
  }, [draft]);
  useEffect(() => {
    stored.current = interview;
    latest.current = { onSaved, t };
  });

  // Another window, or the clock button on the notes side, may change a field. The answer to this
  // form's own save is no such change: the field may hold more keys typed since that save was sent.
  const storedDraft = draftOf(interview);
  const [seen, setSeen] = useState(storedDraft);
  const [sent, setSent] = useState<Partial<Draft>>({});
  const [focused, setFocused] = useState<FieldName | null>(null);
  const moved = FIELDS.filter((f) => storedDraft[f] !== seen[f]);
  if (moved.length > 0) {
    setSeen(storedDraft);
    const theirs = moved.filter((f) => storedDraft[f] !== sent[f] && f !== focused);
    if (theirs.length > 0) setDraft((d) => ({ ...d, ...Object.fromEntries(theirs.map((f) => [f, storedDraft[f]])) }));
  }

  const save = async (patch: Patch, onExit = false, leaves?: () => void) => {
    const mine = ++answers.current.sent;
    const input = { id: interview.id, ...patch };
    setSent((s) => ({ ...s, ...draftPart(stored.current, patch) }));
    // Sent as the page goes, a save cannot wait for its turn in the window's queue: the page may be gone by then.
    const sendNow = () => {
      leaves?.();
      return invokeOnExit('interview.update', input);
    };
    const answer = onExit
      ? await track(sendNow(), (e) => errorText(e, latest.current.t)).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        )
      : await mutate('interview.update', input, {
          quiet: true,
          keepsInput: true,
          onSent: leaves,
          // The text fields show their drafts already; the choices are read from the store, so they show at once this way.
          optimistic: 'personaIds' in patch || 'consent' in patch ? { interview: { merge: [{ id: interview.id, ...patch }] } } : undefined,
        });
    if (!answer.ok) return setSaveError(errorText(answer.error, latest.current.t));
    // One sent as the page hid jumps the queue, so answers may come back out of order.
    if (mine < answers.current.shown) return;
    answers.current.shown = mine;
    stored.current = { ...stored.current, ...answer.value };
    setSaveError(null);
    latest.current.onSaved(answer.value);
  };

  const check = (field: FieldName, moment: FieldMoment): FieldCheck<FieldValue> => {
    const value = typed.current[field];
    const input = inputs.current[field];
    const unreadable = input instanceof HTMLInputElement && input.validity.badInput;
    if (moment !== 'leave' && halfTypedDate(field, value, unreadable)) return 'unfinished';
    const problem = problemOf(field, value, unreadable) ?? undefined;
    // The page going away shows nothing; a message would only flash as it goes.
    if (moment !== 'exit') setProblems((p) => (p[field] === problem ? p : { ...p, [field]: problem }));
    return problem ? 'invalid' : { value: toPatch(field, value)[field] as FieldValue };
  };

  // Made at the first edit, from handlers only: everything it calls reads the refs above, never a render's values.
  const saver = () => {
    if (autosaver.current) return autosaver.current;
    let settle: ((wrote: boolean) => void) | null = null;
    autosaver.current = new FieldAutosaver<FieldName, FieldValue>({
      fields: FIELDS,
      pauseMs: PAUSE_MS,
      check,
      stored: (field) => stored.current[field],
      // Each value comes from toPatch for its own field.
      write: (values, onExit, leaves) => save(values as Patch, onExit, leaves),
      onWaiting(waiting, wrote) {
        if (waiting) {
          // One tracked span from the first key not yet sent until its save is under way (as the
          // notes do): the indicator does not say "saved" over words that are only on the screen.
          const span = new Promise<void>((resolve, reject) => (settle = (w) => (w ? resolve() : reject(NOTHING_WRITTEN))));
          track(span, () => '', { refusalLeavesNothingUnsaved: true }).catch(() => undefined);
        } else {
          settle?.(wrote);
          settle = null;
        }
      },
    });
    return autosaver.current;
  };

  useEffect(() => {
    const onExit = () => autosaver.current?.exit();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') autosaver.current?.exit();
    };
    window.addEventListener('pagehide', onExit);
    window.addEventListener('beforeunload', onExit);
    document.addEventListener('visibilitychange', onHidden);
    const saving = autosaver;
    return () => {
      window.removeEventListener('pagehide', onExit);
      window.removeEventListener('beforeunload', onExit);
      document.removeEventListener('visibilitychange', onHidden);
      saving.current?.stop();
    };
  }, []);

  const field = (name: FieldName, label: MessageKey, props: { type?: string; hint?: MessageKey; multiline?: boolean; inputMode?: 'numeric' } = {}) => {
    const problem = problems[name];
    const describedBy = [problem ? `${id}-${name}-error` : null, props.hint ? `${id}-${name}-hint` : null].filter(Boolean).join(' ') || undefined;
    const edit = (value: string) => {
      typed.current = { ...typed.current, [name]: value };
      setDraft((d) => ({ ...d, [name]: value }));
    };
    const common = {
      id: `${id}-${name}`,
      className: 'input',
      'data-testid': `meta-${name}`,
      value: draft[name],
      'aria-invalid': problem !== undefined,
      'aria-describedby': describedBy,
      ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
        inputs.current[name] = el ?? undefined;
      },
      // Every key, also one that leaves the value as it was to React: "1e" in a number field, a part of a date.
      onInput: () => saver().edited(name),
      onFocus: () => setFocused(name),
      onBlur: () => {
        setFocused(null);
        saver().left(name);
      },
    };
    return (
      <div className="field">
        <label className="field-label" htmlFor={`${id}-${name}`}>
          {t(label)}
        </label>
        {props.multiline ? (
          <textarea {...common} rows={3} onChange={(e) => edit(e.target.value)} />
        ) : (
          <input
            {...common}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            step={props.type === 'datetime-local' ? 1 : undefined}
            onChange={(e) => edit(e.target.value)}
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
          {personasLoaded && personas.length === 0 && <p className="field-hint">{t('interview.noPersonas')}</p>}
          {personas.map((p) => (
            <label key={p.id} className="check-row">
              <input
                type="checkbox"
                data-testid="meta-persona"
                checked={personaIds.includes(p.id)}
                onChange={(e) => {
                  const next = e.target.checked ? [...personaIds, p.id] : personaIds.filter((x) => x !== p.id);
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
                  onChange={() => void save({ consent: value })}
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
