import { useId, useState } from 'react';
import { isSafeNoteUrl } from '../../shared/notes/noteNodes';
import type { ToolbarLabels } from './plugins/ToolbarPlugin';

interface LinkFormProps {
  labels: ToolbarLabels;
  initialUrl: string;
  canRemove: boolean;
  onApply(url: string): void;
  onRemove(): void;
  onCancel(): void;
}

/** Asks for a link address; only web pages and e-mail addresses are accepted, as the core demands. */
export function LinkForm({ labels, initialUrl, canRemove, onApply, onRemove, onCancel }: LinkFormProps) {
  const id = useId();
  const [url, setUrl] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="link-form"
      data-testid="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        const value = url.trim();
        if (!isSafeNoteUrl(value) || /^https?:\/\/$/i.test(value)) return setInvalid(true);
        onApply(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label className="field-label" htmlFor={`${id}-url`}>
        {labels.linkUrl}
      </label>
      <input
        id={`${id}-url`}
        className="input"
        data-testid="link-url"
        value={url}
        autoFocus
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setUrl(e.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="btn btn-primary btn-small" data-testid="link-apply">
        {labels.linkApply}
      </button>
      {canRemove && (
        <button type="button" className="btn btn-small" onClick={onRemove}>
          {labels.linkRemove}
        </button>
      )}
      <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
        {labels.cancel}
      </button>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {labels.linkInvalid}
        </p>
      )}
    </form>
  );
}
