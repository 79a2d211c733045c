import type { InterviewSummary } from '../../../shared/schema/interview';
import { useT } from '../../app/useT';
import { InterviewCard } from './InterviewCard';

interface InterviewListProps {
  interviews: InterviewSummary[];
  onOpen(id: string): void;
  onDelete(id: string): void;
}

export function InterviewList({ interviews, onOpen, onDelete }: InterviewListProps) {
  const t = useT();
  return (
    <ul className="interview-list" aria-label={t('interview.title')} data-testid="interview-list">
      {interviews.map((interview) => (
        <InterviewCard key={interview.id} interview={interview} onOpen={() => onOpen(interview.id)} onDelete={() => onDelete(interview.id)} />
      ))}
    </ul>
  );
}
