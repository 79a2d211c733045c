import type { MessageKey } from '../../../shared/i18n/translate';
import type { Interview } from '../../../shared/schema/interview';
import { titleProblem } from './titleProblem';

/* The interview details form's fields: what they show, how they are checked, what they write. */

export type Patch = Partial<Pick<Interview, 'title' | 'participant' | 'startedAt' | 'durationMin' | 'place' | 'personaIds' | 'consent' | 'consentNote'>>;
export type FieldName = 'title' | 'participant' | 'startedAt' | 'durationMin' | 'place' | 'consentNote';
export type FieldValue = Interview[FieldName];

export const FIELDS: readonly FieldName[] = ['title', 'participant', 'startedAt', 'durationMin', 'place', 'consentNote'];

export interface Draft {
  title: string;
  participant: string;
  startedAt: string;
  durationMin: string;
  place: string;
  consentNote: string;
}

export const draftOf = (i: Interview): Draft => ({
  title: i.title,
  participant: i.participant,
  // The date field shows minutes; seconds from the timestamp clock stay in the stored value.
  startedAt: i.startedAt ?? '',
  durationMin: i.durationMin === null ? '' : String(i.durationMin),
  place: i.place,
  consentNote: i.consentNote,
});

/**
 * Checks a field as the core would, so the message is immediate and names the field. `unreadable`:
 * the browser holds keys it cannot make a value of (a date with some parts typed, "1e" as a number),
 * and gives an empty value for them, which must not be taken for a field emptied on purpose.
 */
export function problemOf(field: FieldName, value: string, unreadable: boolean): MessageKey | null {
  switch (field) {
    case 'title':
      return titleProblem(value);
    case 'participant':
    case 'place':
      return value.trim().length > 500 ? 'interview.textTooLong' : null;
    case 'consentNote':
      return value.length > 2000 ? 'interview.consentNoteTooLong' : null;
    case 'durationMin': {
      if (unreadable) return 'interview.durationInvalid';
      if (!value.trim()) return null;
      const n = Number(value);
      return Number.isInteger(n) && n >= 0 && n <= 1440 ? null : 'interview.durationInvalid';
    }
    case 'startedAt':
      if (unreadable) return 'interview.dateInvalid';
      return value && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? 'interview.dateInvalid' : null;
  }
}

/**
 * Chromium's date field gives a whole date at every key: "0002-…", then "0020-…" while a year is
 * typed digit by digit. A pause saves no date before its year has four digits, nor one with parts
 * missing; leaving the field decides, through the checks, as it always has.
 */
export const halfTypedDate = (field: FieldName, value: string, unreadable: boolean) =>
  field === 'startedAt' && (unreadable || (value !== '' && !/^[1-9]\d{3}-/.test(value)));

export function toPatch(field: FieldName, value: string): Patch {
  if (field === 'durationMin') return { durationMin: value.trim() ? Number(value) : null };
  if (field === 'startedAt') return { startedAt: value || null };
  if (field === 'title') return { title: value.trim() };
  return { [field]: field === 'consentNote' ? value : value.trim() };
}

/** The fields of `patch` as the form shows them. */
export const draftPart = (interview: Interview, patch: Patch): Partial<Draft> => {
  const all = draftOf({ ...interview, ...patch });
  return Object.fromEntries(FIELDS.filter((f) => f in patch).map((f) => [f, all[f]]));
};
