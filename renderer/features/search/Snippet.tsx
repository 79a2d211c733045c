import type { SearchHit } from '../../../shared/schema/evidence';

/** Stored text is never markup: matched runs become <mark> elements, everything else plain text. */
export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <span className="snippet" data-testid="search-snippet">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
