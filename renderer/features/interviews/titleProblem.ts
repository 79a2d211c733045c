import type { MessageKey } from '../../../shared/i18n/translate';

/** The same limits as the core's Name schema, checked before a round trip so the message is immediate. */
export function titleProblem(title: string): MessageKey | null {
  const trimmed = title.trim();
  if (!trimmed) return 'interview.titleEmpty';
  if (trimmed.length > 200) return 'interview.titleTooLong';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return 'interview.titleControlChars';
  return null;
}
