import { useDeferredValue, useMemo } from 'react';
import type { InterviewSummary } from '../../../shared/schema/interview';
import { useT } from '../../app/useT';
import { InterviewCard } from './InterviewCard';

interface InterviewListProps {
  interviews: InterviewSummary[];
  /** The card to give the keys to, once it is drawn. */
  focusCard: { id: string } | null;
  onOpen(id: string): void;
  onDelete(id: string): void;
}

/** Rows more than fill a tall screen; they are rendered first, at once. */
const FIRST_SCREEN = 30;

export function InterviewList({ interviews, focusCard, onOpen, onDelete }: InterviewListProps) {
  const t = useT();
  // Hundreds of rows would hold up the first paint of the list: the rest follow in an interruptible
  // background render, so a click on a row already shown is answered first.
  const firstScreen = useMemo(() => interviews.slice(0, FIRST_SCREEN), [interviews]);
  const rows = useDeferredValue(interviews, firstScreen);
  return (
    <ul className="interview-list" aria-label={t('interview.title')} data-testid="interview-list">
      {rows.map((interview) => (
        <InterviewCard
          key={interview.id}
          interview={interview}
          focus={focusCard?.id === interview.id ? focusCard : null}
          onOpen={() => onOpen(interview.id)}
          onDelete={() => onDelete(interview.id)}
        />
      ))}
    </ul>
  );
}
