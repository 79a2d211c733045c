import type { SearchHit } from '../../../shared/schema/evidence';
import type { MessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../app/useT';
import { Snippet } from './Snippet';

const kindLabel: Record<SearchHit['kind'], MessageKey> = {
  interview: 'search.kindInterview',
  highlight: 'search.kindHighlight',
  persona: 'search.kindPersona',
  map: 'search.kindMap',
  item: 'search.kindItem',
};

interface SearchResultProps {
  id: string;
  hit: SearchHit;
  active: boolean;
  showKind: boolean;
  onOpen(): void;
}

export function SearchResult({ id, hit, active, showKind, onOpen }: SearchResultProps) {
  const t = useT();
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-hit active' : 'search-hit'}
      data-testid="search-hit"
      data-kind={hit.kind}
      onClick={onOpen}
    >
      {showKind && <span className="search-kind-heading">{t(kindLabel[hit.kind])}</span>}
      <span className="search-hit-head">
        <span className={`kind-badge kind-${hit.kind}`}>{t(kindLabel[hit.kind])}</span>
        <span className="search-hit-title">{hit.title}</span>
      </span>
      <Snippet segments={hit.snippet} />
    </li>
  );
}
