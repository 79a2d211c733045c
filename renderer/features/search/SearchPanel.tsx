import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/schema/evidence';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useStudio } from '../../data/useEntities';
import { useNavigation } from '../project/NavigationContext';
import { SearchGroup } from './SearchGroup';
import { SearchResult } from './SearchResult';
import './search.css';

const DEBOUNCE_MS = 150;
const KIND_ORDER: SearchHit['kind'][] = ['interview', 'highlight', 'persona', 'map', 'item'];

/** Results as you type; arrow keys move through them, Enter opens the one chosen at its hit. */
export function SearchPanel() {
  const t = useT();
  const id = useId();
  const { searchFocus, openInterview, openPersona, openMap } = useNavigation();
  const input = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  const answered = useRef('');
  // Any change to the project, made here or in another window, may change the hits: asked again.
  const rev = useStudio((s) => s.rev);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [searchFocus]);

  useEffect(() => {
    const query = q.trim();
    const mine = ++seq.current;
    if (!query) return;
    const timer = window.setTimeout(() => {
      invoke('search.query', { q: query, limit: 50 }).then(
        (out) => {
          // Answers may overtake each other; only the latest query's counts.
          if (mine !== seq.current) return;
          setHits(out.hits);
          // The same words asked again after a change keep the hit chosen with the arrow keys.
          if (answered.current !== query) setActive(0);
          else setActive((a) => Math.min(a, Math.max(out.hits.length - 1, 0)));
          answered.current = query;
          setError(null);
        },
        (e: unknown) => mine === seq.current && setError(errorText(e, t)),
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [q, t, rev]);

  const shown = q.trim() ? hits : null;

  // Ranked within each kind; kinds in a fixed order so the eye learns where to look. `first` is
  // a group's place in the arrow keys' order.
  const groups = useMemo(() => {
    const out: { kind: SearchHit['kind']; first: number; hits: SearchHit[] }[] = [];
    for (const kind of KIND_ORDER) {
      const hits = (shown ?? []).filter((hit) => hit.kind === kind).sort((a, b) => b.score - a.score);
      const before = out.at(-1);
      if (hits.length) out.push({ kind, first: before ? before.first + before.hits.length : 0, hits });
    }
    return out;
  }, [shown]);
  const ordered = useMemo(() => groups.flatMap((group) => group.hits), [groups]);

  const open = (hit: SearchHit) => {
    // A hit on an interview's title opens its note at the start, ready for typing.
    if (hit.kind === 'interview' && hit.interviewId) openInterview(hit.interviewId, hit.offset === null ? { kind: 'start' } : { kind: 'offset', offset: hit.offset });
    else if (hit.kind === 'highlight' && hit.interviewId) openInterview(hit.interviewId, { kind: 'highlight', highlightId: hit.refId });
    else if (hit.kind === 'persona') openPersona(hit.refId);
    else if (hit.kind === 'map' && hit.mapId) openMap(hit.mapId);
    else if (hit.kind === 'item' && hit.mapId) openMap(hit.mapId, hit.refId);
  };

  return (
    <section className="search" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="search" />
          </span>
          <h2 id={`${id}-title`}>{t('search.title')}</h2>
        </div>
      </header>
      <div className="search-box">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('search.label')}
        </label>
        <Icon name="search" className="search-icon" />
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          className="input search-input"
          data-testid="search-input"
          placeholder={t('search.placeholder')}
          value={q}
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={ordered.length ? `${id}-hit-${active}` : undefined}
          aria-autocomplete="list"
          maxLength={500}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && ordered.length) {
              e.preventDefault();
              setActive((a) => Math.min(ordered.length - 1, a + 1));
            } else if (e.key === 'ArrowUp' && ordered.length) {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === 'Enter' && ordered[active]) {
              e.preventDefault();
              open(ordered[active]);
            }
          }}
        />
      </div>
      <p className="muted search-hint">{t('search.hint')}</p>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {shown ? t('search.count', { count: shown.length }) : ''}
      </p>
      {shown && shown.length === 0 && (
        <p className="empty-state" data-testid="search-empty">
          {t('search.none', { q: q.trim() })}
        </p>
      )}
      <div id={`${id}-results`} role="listbox" aria-label={t('search.results')} className="search-results" data-testid="search-results">
        {groups.map(({ kind, first, hits }) => (
          <SearchGroup key={kind} kind={kind} count={hits.length}>
            {hits.map((hit, j) => (
              <SearchResult
                key={`${hit.kind}-${hit.refId}-${first + j}`}
                id={`${id}-hit-${first + j}`}
                hit={hit}
                active={first + j === active}
                onOpen={() => open(hit)}
              />
            ))}
          </SearchGroup>
        ))}
      </div>
    </section>
  );
}
