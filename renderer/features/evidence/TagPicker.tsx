import { useEffect, useId, useRef, useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useCreateField } from '../../components/useCreateField';
import { TagSwatch } from './TagSwatch';

interface TagPickerProps {
  tags: Tag[];
  selected: string[];
  onChange(ids: string[]): void;
  onCreate(name: string): Promise<Tag | null>;
}

/** Tick existing tags or type a new one; Enter in the name field creates it and ticks it. */
export function TagPicker({ tags, selected, onChange, onCreate }: TagPickerProps) {
  const t = useT();
  const id = useId();
  const { value: name, setValue: setName, submit } = useCreateField(onCreate);
  // A tag is ticked once the core has made it: by then more may have been ticked or made.
  const ticked = useRef(selected);
  useEffect(() => {
    ticked.current = selected;
  }, [selected]);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setError(t('tag.nameEmpty'));
    const existing = tags.find((tag) => tag.name.localeCompare(trimmed, undefined, { sensitivity: 'base' }) === 0);
    if (existing) {
      if (!selected.includes(existing.id)) onChange([...selected, existing.id]);
      setName('');
      return;
    }
    const tag = await submit(trimmed);
    if (tag) onChange([...ticked.current, tag.id]);
  };

  return (
    <div className="tag-picker">
      {tags.length > 0 ? (
        <fieldset className="tag-choices">
          <legend className="visually-hidden">{t('tag.pick')}</legend>
          {tags.map((tag) => (
            <label key={tag.id} className="tag-choice" data-testid="tag-choice">
              <input
                type="checkbox"
                checked={selected.includes(tag.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, tag.id] : selected.filter((x) => x !== tag.id))}
              />
              <TagSwatch colour={tag.colour} />
              <span>{tag.name}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t('tag.none')}</p>
      )}
      <div className="tag-new">
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('tag.newName')}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          data-testid="tag-new-name"
          placeholder={t('tag.newName')}
          value={name}
          maxLength={200}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void create();
            }
          }}
        />
        <button type="button" className="btn btn-small" data-testid="tag-create" onClick={() => void create()}>
          <Icon name="plus" />
          {t('tag.create')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
