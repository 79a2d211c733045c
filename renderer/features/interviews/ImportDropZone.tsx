import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { ImportProgressView } from './ImportProgressView';
import { useImport } from './useImport';

const ACCEPT = '.txt,.md,.markdown,.docx,.odt,.vtt,.srt,text/plain,text/markdown';

/** The interview list doubles as a drop target; the button opens the same import for keyboard users. */
export function ImportDropZone({ onImported, children }: { onImported(): void; children: ReactNode }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { progress, run, clear } = useImport(onImported);
  const busy = progress !== null && progress.done < progress.total;

  return (
    <div
      className={over ? 'import-zone over' : 'import-zone'}
      data-testid="import-zone"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!busy) void run([...e.dataTransfer.files]);
      }}
    >
      <div className="import-bar">
        <p className="muted" id={`${id}-hint`}>
          {t('import.hint')}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          data-testid="import-input"
          aria-label={t('import.button')}
          aria-describedby={`${id}-hint`}
          tabIndex={-1}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void run(files);
          }}
        />
        <button type="button" className="btn btn-small" data-testid="import-button" disabled={busy} onClick={() => input.current?.click()}>
          <Icon name="upload" />
          {t('import.button')}
        </button>
      </div>
      {progress && <ImportProgressView progress={progress} onDismiss={clear} />}
      {children}
    </div>
  );
}
