import type { SearchHit } from '../../../shared/schema/evidence';
import { Snippet } from './Snippet';

interface SearchResultProps {
  id: string;
  hit: SearchHit;
  active: boolean;
  onOpen(): void;
}

/** One hit: what it is in (its group says what kind), and the words around the match. */
export function SearchResult({ id, hit, active, onOpen }: SearchResultProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-hit active' : 'search-hit'}
      data-testid="search-hit"
      data-kind={hit.kind}
      onClick={onOpen}
    >
      <span className="search-hit-title">{hit.title}</span>
      <Snippet segments={hit.snippet} />
    </div>
  );
}
