import type { Highlight, Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { Popover } from '../../components/Popover';
import { TagPicker } from '../evidence/TagPicker';

interface MarkPopoverProps {
  rect: DOMRect;
  highlights: Highlight[];
  tags: Tag[];
  onCreateTag(name: string): Promise<Tag | null>;
  onSetTags(id: string, tagIds: string[]): void;
  onRemove(id: string): void;
  onClose(): void;
}

/** What a clicked mark is: its quote and tags, which can be changed, and a way to remove it. */
export function MarkPopover({ rect, highlights, tags, onCreateTag, onSetTags, onRemove, onClose }: MarkPopoverProps) {
  const t = useT();
  return (
    <Popover rect={rect} label={t('highlight.details')} closeLabel={t('common.close')} onClose={onClose} testId="mark-popover">
      {highlights.length === 0 && <p className="muted">{t('highlight.loading')}</p>}
      {highlights.map((h) => (
        <div key={h.id} className="mark-details">
          <blockquote className="popover-quote">{h.quote}</blockquote>
          <TagPicker tags={tags} selected={h.tagIds} onChange={(ids) => onSetTags(h.id, ids)} onCreate={onCreateTag} />
          <button type="button" className="btn btn-danger btn-small mark-remove" data-testid="highlight-remove" onClick={() => onRemove(h.id)}>
            <Icon name="trash" />
            {t('highlight.remove')}
          </button>
        </div>
      ))}
    </Popover>
  );
}
