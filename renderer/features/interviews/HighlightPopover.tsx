import { useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Popover } from '../../components/Popover';
import { TagPicker } from '../evidence/TagPicker';

interface HighlightPopoverProps {
  rect: DOMRect;
  quote: string;
  tags: Tag[];
  onCreateTag(name: string): Promise<Tag | null>;
  onConfirm(tagIds: string[]): void;
  onCancel(): void;
}

export function HighlightPopover({ rect, quote, tags, onCreateTag, onConfirm, onCancel }: HighlightPopoverProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <Popover rect={rect} label={t('highlight.new')} closeLabel={t('common.close')} onClose={onCancel} testId="highlight-popover">
      <blockquote className="popover-quote">{quote.length > 240 ? `${quote.slice(0, 240)}…` : quote}</blockquote>
      <TagPicker tags={tags} selected={selected} onChange={setSelected} onCreate={onCreateTag} />
      <div className="popover-actions">
        <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary btn-small" data-testid="highlight-confirm" onClick={() => onConfirm(selected)}>
          {t('highlight.confirm')}
        </button>
      </div>
    </Popover>
  );
}
