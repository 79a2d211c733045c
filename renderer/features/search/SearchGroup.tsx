import type { ReactNode } from 'react';
import type { SearchHit } from '../../../shared/schema/evidence';
import type { MessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../app/useT';

const groupLabel: Record<SearchHit['kind'], MessageKey> = {
  interview: 'search.groupInterview',
  highlight: 'search.groupHighlight',
  persona: 'search.groupPersona',
  map: 'search.groupMap',
  item: 'search.groupItem',
};

/**
 * The hits of one kind under one heading. The heading is drawn for the eye and hidden from
 * assistive technology, which hears the group's own name instead: a list of choices may hold
 * only groups and choices.
 */
export function SearchGroup({ kind, count, children }: { kind: SearchHit['kind']; count: number; children: ReactNode }) {
  const t = useT();
  return (
    <div role="group" aria-label={t(groupLabel[kind])} className="search-group" data-testid="search-group" data-kind={kind}>
      <div className="search-kind-heading" aria-hidden="true">
        {t(groupLabel[kind])}
        <span className="search-kind-count">{count}</span>
      </div>
      {children}
    </div>
  );
}
