import { useId, useRef, useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Dialog } from '../../components/Dialog';
import { Icon, type IconName } from '../../components/Icon';
import { TagRow } from './TagRow';
import type { TagsApi } from './useTags';

/** Rename, recolour, merge and delete tags; merging and deleting ask first, since they touch many quotes at once. */
export function TagManager({ tags, api }: { tags: Tag[]; api: TagsApi }) {
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
            key={tag.id}
            tag={tag}
            others={tags.filter((x) => x.id !== tag.id)}
            onRename={async (name) => {
              const renamed = await api.update(tag.id, { name });
              return renamed !== null;
            }}
            onRecolour={async (colour) => {
              await api.update(tag.id, { colour });
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
        <ConfirmTagChange
          title={t('tag.mergeTitle', { name: merging.tag.name, target: merging.target.name })}
          body={t('tag.mergeBody', { count: merging.tag.highlightCount, name: merging.tag.name, target: merging.target.name })}
          action={{ label: t('tag.merge'), icon: 'merge', className: 'btn btn-primary', testId: 'tag-merge-confirm' }}
          onClose={() => setMerging(null)}
          onConfirm={async () => {
            await api.merge(merging.tag.id, merging.target.id);
            focusAfter(merging.target.id);
          }}
        />
      )}
      {confirming && (
        <ConfirmTagChange
          title={t('tag.deleteTitle', { name: confirming.name })}
          body={t('tag.deleteBody', { count: confirming.highlightCount })}
          action={{ label: t('tag.delete', { name: confirming.name }), icon: 'trash', className: 'btn btn-danger', testId: 'tag-delete-confirm' }}
          onClose={() => setConfirming(null)}
          onConfirm={async () => {
            await api.remove(confirming.id);
            focusAfter(null);
          }}
        />
      )}
    </section>
  );
}

interface ConfirmTagChangeProps {
  title: string;
  body: string;
  action: { label: string; icon: IconName; className: string; testId: string };
  onClose(): void;
  onConfirm(): Promise<void>;
}

/** The question before a change to many quotes at once; the dialog closes as the change starts. */
function ConfirmTagChange({ title, body, action, onClose, onConfirm }: ConfirmTagChangeProps) {
  const t = useT();
  return (
    <Dialog title={title} closeLabel={t('common.close')} onClose={onClose}>
      <p>{body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={action.className}
          data-testid={action.testId}
          onClick={() => {
            onClose();
            void onConfirm();
          }}
        >
          <Icon name={action.icon} />
          {action.label}
        </button>
      </div>
    </Dialog>
  );
}
