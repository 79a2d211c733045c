import type { Highlight, Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { TagChips } from '../evidence/TagChips';

/** Highlights whose words were edited away: their quote is kept, so the evidence is not lost. */
export function DetachedHighlights({ highlights, tags, onRemove }: { highlights: Highlight[]; tags: Tag[]; onRemove(id: string): void }) {
  const t = useT();
  if (highlights.length === 0) return null;
  return (
    <section className="detached" aria-labelledby="detached-title" data-testid="detached-highlights">
      <h3 id="detached-title">{t('highlight.detachedTitle', { count: highlights.length })}</h3>
      <p className="muted">{t('highlight.detachedBody')}</p>
      <ul>
        {highlights.map((h) => (
          <li key={h.id} className="detached-item" data-testid="detached-item">
            <blockquote>{h.quote}</blockquote>
            <TagChips tagIds={h.tagIds} tags={tags} />
            <button type="button" className="icon-btn danger" aria-label={t('highlight.removeQuote', { quote: h.quote.slice(0, 60) })} onClick={() => onRemove(h.id)}>
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
