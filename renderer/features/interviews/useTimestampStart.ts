import { useCallback, useEffect, useRef } from 'react';
import type { InterviewSummary } from '../../../shared/schema/interview';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { localDate } from './localDate';
import { sessionClock } from './sessionClock';
import { timestampStart } from './timestampStart';

/**
 * Gives, per timestamp press, the start its label counts from (see timestampStart), and keeps the
 * clock a first press starts: an empty date becomes now; a date far from now is left as it is, the
 * tab counts from now, and a toast offers to move the date there.
 */
export function useTimestampStart(interviewId: string, startedAt: string | null, onSummary: (summary: InterviewSummary) => void): () => string {
  const t = useT();
  const { formatDate } = useLocale();
  const toasts = useToasts();
  const { track } = useSaveState();
  // Ahead of the core's answer, so a second press before it counts from the same start.
  const stored = useRef(startedAt);

  useEffect(() => {
    // A date set in the details form is the user's word on when the talk began: a clock of this
    // tab's own gives way to it. A date this hook set itself is already in `stored`.
    if (startedAt !== stored.current) sessionClock.forget(interviewId);
    stored.current = startedAt;
  }, [startedAt, interviewId]);

  const setStart = useCallback(
    (start: string) => {
      stored.current = start;
      track(invoke('interview.update', { id: interviewId, startedAt: start }), (e) => errorText(e, t)).then(onSummary, (e: unknown) =>
        toasts.show({ tone: 'error', message: errorText(e, t) }),
      );
    },
    [interviewId, onSummary, track, t, toasts],
  );

  return useCallback(() => {
    const press = timestampStart(stored.current, sessionClock.read(interviewId));
    if (press.starts && press.from === 'interview') setStart(press.start);
    if (press.starts && press.from === 'session') {
      sessionClock.keep(interviewId, press.start);
      const date = formatDate(localDate(stored.current!), { dateStyle: 'medium', timeStyle: 'short' });
      toasts.show({
        tone: 'info',
        message: t('notes.timestampFromNow', { date }),
        action: { label: t('notes.timestampSetDate'), onAction: () => setStart(press.start) },
      });
    }
    return press.start;
  }, [interviewId, setStart, formatDate, toasts, t]);
}
