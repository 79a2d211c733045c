import { useId, useRef, useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { TagRow } from './TagRow';
import type { TagsApi } from './useTags';

/** Rename, recolour, merge and delete tags; merging and deleting ask first, since neither can be undone. */
export function TagManager({ tags, api, onChanged }: { tags: Tag[]; api: TagsApi; onChanged(): Promise<void> }) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState<Tag | null>(null);
  const [merging, setMerging] = useState<{ tag: Tag; target: Tag } | null>(null);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The row whose button opened the dialog is gone afterwards: focus goes where the change shows.
  const focusAfter = (tagId: string | null) => {
    const name = tagId ? section.current?.querySelector<HTMLElement>(`[data-tag-id="${CSS.escape(tagId)}"] [data-testid="tag-name"]`) : null;
    (name ?? heading.current)?.focus();
  };

  return (
    <section ref={section} className="tag-manager card" aria-labelledby={`${id}-title`} data-testid="tag-manager">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('tag.manage')}
      </h3>
      {tags.length === 0 && <p className="muted">{t('tag.none')}</p>}
      <ul className="tag-rows">
        {tags.map((tag) => (
          <TagRow
            key={`${tag.id}:${tag.name}`}
            tag={tag}
            others={tags.filter((x) => x.id !== tag.id)}
            onRename={async (name) => {
              const renamed = await api.update(tag.id, { name });
              await onChanged();
              return renamed !== null;
            }}
            onRecolour={async (colour) => {
              await api.update(tag.id, { colour });
              await onChanged();
            }}
            onMerge={async (targetId) => {
              const target = tags.find((x) => x.id === targetId);
              if (target) setMerging({ tag, target });
            }}
            onDelete={() => setConfirming(tag)}
          />
        ))}
      </ul>
      {merging && (
        <Dialog title={t('tag.mergeTitle', { name: merging.tag.name, target: merging.target.name })} closeLabel={t('common.close')} onClose={() => setMerging(null)}>
          <p>{t('tag.mergeBody', { count: merging.tag.highlightCount, name: merging.tag.name, target: merging.target.name })}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setMerging(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="tag-merge-confirm"
              onClick={async () => {
                const { tag, target } = merging;
                setMerging(null);
                await api.merge(tag.id, target.id);
                await onChanged();
                focusAfter(target.id);
              }}
            >
              <Icon name="merge" />
              {t('tag.merge')}
            </button>
          </div>
        </Dialog>
      )}
      {confirming && (
        <Dialog title={t('tag.deleteTitle', { name: confirming.name })} closeLabel={t('common.close')} onClose={() => setConfirming(null)}>
          <p>{t('tag.deleteBody', { count: confirming.highlightCount })}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              data-testid="tag-delete-confirm"
              onClick={async () => {
                const tag = confirming;
                setConfirming(null);
                await api.remove(tag.id);
                await onChanged();
                focusAfter(null);
              }}
            >
              <Icon name="trash" />
              {t('tag.delete', { name: confirming.name })}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
