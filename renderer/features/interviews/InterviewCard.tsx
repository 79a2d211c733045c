import { useEffect, useRef } from 'react';
import type { InterviewSummary } from '../../../shared/schema/interview';
import { useLocale } from '../../app/LocaleContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { localDate } from './localDate';

interface InterviewCardProps {
  interview: InterviewSummary;
  /** A request to take the keys; a card drawn later (past the first screen) takes them as it appears. */
  focus: object | null;
  onOpen(): void;
  onDelete(): void;
}

export function InterviewCard({ interview, focus, onOpen, onDelete }: InterviewCardProps) {
  const t = useT();
  const open = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) open.current?.focus();
  }, [focus]);
  const { formatDate } = useLocale();
  const when = interview.startedAt
    ? formatDate(localDate(interview.startedAt), { dateStyle: 'medium', timeStyle: 'short' })
    : t('interview.noDate');
  return (
    <li className="interview-card card" data-testid="interview-item">
      <button ref={open} type="button" className="interview-open" data-testid="interview-open" onClick={onOpen}>
        <span className="interview-card-title" data-testid="interview-title">
          {interview.title}
        </span>
        <span className="interview-card-meta">
          <span>{interview.participant || t('interview.noParticipant')}</span>
          <span aria-hidden="true">·</span>
          <span>{when}</span>
        </span>
        <span className="interview-card-stats">
          <span data-testid="interview-words">{t('interview.words', { count: interview.wordCount })}</span>
          <span className="badge" data-testid="interview-highlights">
            {t('interview.highlights', { count: interview.highlightCount })}
          </span>
        </span>
      </button>
      <button
        type="button"
        className="icon-btn danger"
        data-testid="interview-delete"
        aria-label={t('interview.delete', { title: interview.title })}
        title={t('interview.delete', { title: interview.title })}
        onClick={onDelete}
      >
        <Icon name="trash" />
      </button>
    </li>
  );
}
