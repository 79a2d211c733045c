import { useId, useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';

interface TagRowProps {
  tag: Tag;
  others: Tag[];
  /** Resolves false when the core refused the name. */
  onRename(name: string): Promise<boolean>;
  onRecolour(colour: string): Promise<void>;
  onMerge(targetId: string): Promise<void>;
  onDelete(): void;
}

export function TagRow({ tag, others, onRename, onRecolour, onMerge, onDelete }: TagRowProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(tag.name);
  // The row stays mounted through a rename (remounting it would drop the focus of the field the
  // name was typed in), so a name changed by the core is taken in here, as React advises for props.
  const [storedName, setStoredName] = useState(tag.name);
  if (storedName !== tag.name) {
    setStoredName(tag.name);
    setName(tag.name);
  }
  const [error, setError] = useState<string | null>(null);
  const [mergeTarget, setMergeTarget] = useState('');

  const commitName = () => {
    const trimmed = name.trim();
    if (!trimmed) return setError(t('tag.nameEmpty'));
    if (trimmed.length > 200) return setError(t('tag.nameTooLong'));
    setError(null);
    // A refused name goes back to the tag's own, so the field never shows a name the tag does not have.
    if (trimmed !== tag.name) void onRename(trimmed).then((renamed) => renamed || setName(tag.name));
  };

  return (
    <li className="tag-row" data-testid="tag-row" data-tag-id={tag.id}>
      <input
        type="color"
        className="tag-colour"
        data-testid="tag-colour"
        aria-label={t('tag.colour', { name: tag.name })}
        value={tag.colour.toLowerCase()}
        onChange={(e) => void onRecolour(e.target.value)}
      />
      <div className="tag-row-name">
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {t('tag.renameLabel', { name: tag.name })}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          data-testid="tag-name"
          value={name}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitName();
            if (e.key === 'Escape') setName(tag.name);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <span className="badge">{t('evidence.quotes', { count: tag.highlightCount })}</span>
      {others.length > 0 && (
        <div className="tag-merge">
          <label htmlFor={`${id}-merge`} className="visually-hidden">
            {t('tag.mergeInto', { name: tag.name })}
          </label>
          <select id={`${id}-merge`} className="select" data-testid="tag-merge-target" value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
            <option value="">{t('tag.mergePick')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-small" data-testid="tag-merge" disabled={!mergeTarget} onClick={() => void onMerge(mergeTarget)}>
            <Icon name="merge" />
            {t('tag.merge')}
          </button>
        </div>
      )}
      <button type="button" className="icon-btn danger tag-row-delete" data-testid="tag-delete" aria-label={t('tag.delete', { name: tag.name })} onClick={onDelete}>
        <Icon name="trash" />
      </button>
    </li>
  );
}
