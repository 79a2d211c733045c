import { useEffect, useRef } from 'react';
import type { Highlight, Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { TagChips } from './TagChips';
import { AddToMapButton } from '../journeys/AddToMapButton';

interface EvidenceCardProps {
  highlight: Highlight;
  tags: Tag[];
  accent: string | null;
  onOpen(): void;
}

export function EvidenceCard({ highlight, tags, accent, onOpen }: EvidenceCardProps) {
  const t = useT();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (accent) ref.current?.style.setProperty('--card-accent', accent);
    else ref.current?.style.removeProperty('--card-accent');
  }, [accent]);
  return (
    <li ref={ref} className="evidence-card" data-testid="evidence-card">
      <button type="button" className="evidence-open" data-testid="evidence-open" onClick={onOpen}>
        <blockquote className="evidence-quote" data-testid="evidence-quote">
          {highlight.currentText ?? highlight.quote}
        </blockquote>
        <span className="visually-hidden">{t('evidence.open', { title: highlight.interviewTitle })}</span>
      </button>
      <p className="evidence-source">
        <span>{highlight.interviewTitle}</span>
        {highlight.detached && (
          <span className="badge badge-warning" data-testid="evidence-detached" title={t('evidence.detachedHint')}>
            {t('evidence.detached')}
          </span>
        )}
      </p>
      <TagChips tagIds={highlight.tagIds} tags={tags} />
      <AddToMapButton highlightId={highlight.id} quote={highlight.currentText ?? highlight.quote} />
    </li>
  );
}
