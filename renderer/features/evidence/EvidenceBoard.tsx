import { useId, useMemo, useRef, useState } from 'react';
import { useLocale } from '../../app/LocaleContext';
import type { Highlight, Tag } from '../../../shared/schema/evidence';
import { errorText } from '../../app/errorText';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useCollection } from '../../data/useEntities';
import { useNavigation } from '../project/NavigationContext';
import { EvidenceCard } from './EvidenceCard';
import { TagBarChart } from './TagBarChart';
import { TagManager } from './TagManager';
import { useTags } from './useTags';
import './evidence.css';

type GroupBy = 'tag' | 'interview';

interface Group {
  key: string;
  title: string;
  tag: Tag | null;
  items: Highlight[];
}

/** All highlights as cards: grouped by tag (an affinity wall) or by interview, filtered by persona and tag. */
export function EvidenceBoard() {
  const t = useT();
  const id = useId();
  const { lang: locale } = useLocale();
  const { openInterview } = useNavigation();
  const tagsApi = useTags();
  const tags = useMemo(() => tagsApi.tags ?? [], [tagsApi.tags]);
  const { rows: personas } = useCollection('persona');
  const all = useCollection('highlight');
  const [groupBy, setGroupBy] = useState<GroupBy>('tag');
  const [personaId, setPersonaId] = useState('');
  const [chosenTagId, setTagId] = useState('');
  // A tag merged away or deleted is no filter any more: the board shows all tags again, as its picker does.
  const tagId = tagsApi.tags && !tagsApi.tags.some((tag) => tag.id === chosenTagId) ? '' : chosenTagId;
  const filtered = personaId !== '' || tagId !== '';
  const personaSelect = useRef<HTMLSelectElement>(null);
  const error = all.error ? errorText(all.error, t) : null;

  // Every highlight is in the store; the filters pick from it as highlight.list's would.
  const highlights = useMemo((): Highlight[] | null => {
    if (!all.loaded) return null;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return all.rows
      .filter((h) => (!personaId || h.personaIds.includes(personaId)) && (!tagId || h.tagIds.includes(tagId)))
      .sort((a, b) => collator.compare(a.interviewTitle, b.interviewTitle) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }, [all.loaded, all.rows, personaId, tagId, locale]);

  const groups = useMemo((): Group[] => {
    if (!highlights) return [];
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    if (groupBy === 'interview') {
      const map = new Map<string, Group>();
      for (const h of highlights) {
        const g = map.get(h.interviewId) ?? { key: h.interviewId, title: h.interviewTitle, tag: null, items: [] };
        g.items.push(h);
        map.set(h.interviewId, g);
      }
      return [...map.values()].sort((a, b) => collator.compare(a.title, b.title));
    }
    const byTag = new Map<string, Group>(tags.map((tag) => [tag.id, { key: tag.id, title: tag.name, tag, items: [] }]));
    const untagged: Group = { key: 'untagged', title: t('evidence.untagged'), tag: null, items: [] };
    for (const h of highlights) {
      const groupsOf = h.tagIds.map((tid) => byTag.get(tid)).filter((g) => g !== undefined);
      if (groupsOf.length === 0) untagged.items.push(h);
      // A quote tagged twice belongs on both walls, as a sticky note copied for each cluster.
      for (const g of groupsOf) g.items.push(h);
    }
    const list = [...byTag.values()].filter((g) => g.items.length > 0 && (!tagId || g.key === tagId));
    list.sort((a, b) => b.items.length - a.items.length || collator.compare(a.title, b.title));
    if (untagged.items.length > 0 && !tagId) list.push(untagged);
    return list;
  }, [highlights, tags, groupBy, locale, t, tagId]);

  const chart = useMemo(() => {
    const counts = new Map<string, number>();
    let untagged = 0;
    for (const h of highlights ?? []) {
      if (h.tagIds.length === 0) untagged += 1;
      for (const tid of h.tagIds) counts.set(tid, (counts.get(tid) ?? 0) + 1);
    }
    const rows: { key: string; label: string; colour: string | null; count: number }[] = tags
      .filter((tag) => (counts.get(tag.id) ?? 0) > 0)
      .map((tag) => ({ key: tag.id, label: tag.name, colour: tag.colour, count: counts.get(tag.id) ?? 0 }))
      .sort((a, b) => b.count - a.count);
    if (untagged > 0) rows.push({ key: 'untagged', label: t('evidence.untagged'), colour: null, count: untagged });
    return rows;
  }, [highlights, tags, t]);

  return (
    <section className="evidence" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="tag" />
          </span>
          <div>
            <h2 id={`${id}-title`}>{t('evidence.title')}</h2>
            <p className="muted" data-testid="evidence-count">
              {highlights ? t(filtered ? 'evidence.countFiltered' : 'evidence.count', { count: highlights.length }) : '\u00a0'}
            </p>
          </div>
        </div>
      </header>

      <div className="evidence-controls card">
        <fieldset className="segmented">
          <legend className="field-label">{t('evidence.groupBy')}</legend>
          {(['tag', 'interview'] as const).map((g) => (
            <label key={g} className={groupBy === g ? 'segment active' : 'segment'}>
              <input type="radio" name={`${id}-group`} data-testid={`evidence-group-${g}`} checked={groupBy === g} onChange={() => setGroupBy(g)} />
              {t(g === 'tag' ? 'evidence.byTag' : 'evidence.byInterview')}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-persona`}>
            {t('evidence.persona')}
          </label>
          <select ref={personaSelect} id={`${id}-persona`} className="select" data-testid="evidence-persona" value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            <option value="">{t('evidence.allPersonas')}</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-tag`}>
            {t('evidence.tag')}
          </label>
          <select id={`${id}-tag`} className="select" data-testid="evidence-tag" value={tagId} onChange={(e) => setTagId(e.target.value)}>
            <option value="">{t('evidence.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}

      {chart.length > 0 && <TagBarChart rows={chart} />}

      {highlights && highlights.length === 0 && !filtered && (
        <div className="empty-state">
          <p className="empty-title">{t('evidence.emptyTitle')}</p>
          <p className="muted">{t('evidence.emptyBody')}</p>
        </div>
      )}
      {highlights && highlights.length === 0 && filtered && (
        <div className="empty-state" data-testid="evidence-no-match">
          <p className="empty-title">{t('evidence.noMatchTitle')}</p>
          <p className="muted">{t('evidence.noMatchBody')}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setPersonaId('');
              setTagId('');
              // The button goes with the message: focus goes to the filters it cleared, not to the page.
              personaSelect.current?.focus();
            }}
          >
            {t('evidence.clearFilters')}
          </button>
        </div>
      )}

      <div className="evidence-groups">
        {groups.map((g) => (
          <section key={g.key} className="evidence-group" aria-label={g.title} data-testid="evidence-group">
            <h3 className="evidence-group-title">
              <span data-testid="evidence-group-title">{g.title}</span>
              <span className="badge">{g.items.length}</span>
            </h3>
            <ul className="evidence-cards">
              {g.items.map((h) => (
                <EvidenceCard
                  key={`${g.key}-${h.id}`}
                  highlight={h}
                  tags={tags}
                  accent={g.tag?.colour ?? null}
                  onOpen={() => openInterview(h.interviewId, h.detached ? null : { kind: 'highlight', highlightId: h.id })}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>

      <TagManager tags={tags} api={tagsApi} />
    </section>
  );
}
