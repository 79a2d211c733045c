import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { studio } from '../../data/studio';
import { useCollectionStatus, useEntityFields } from '../../data/useEntities';
import type { NoteTarget } from '../../editor/plugins/NoteTargetPlugin';
import { useTags } from '../evidence/useTags';
import { InterviewMetaForm } from './InterviewMetaForm';
import { keysAt } from './keysAt';
import { LazyNotesPane as NotesPane } from './LazyNotesPane';
import type { NotesReload } from './useNotesAutosave';

interface InterviewPageProps {
  id: string;
  target: NoteTarget | null;
  nonce: number;
  onBack(): void;
}

/**
 * What the page shows of the interview's row, every one of its facts (the type says if one is
 * missing); the counts and dates, which change with every save of the note, are not shown here.
 */
const FACTS: Record<keyof Omit<InterviewSummary, 'highlightCount' | 'wordCount' | 'createdAt' | 'updatedAt'>, true> = {
  id: true,
  title: true,
  participant: true,
  startedAt: true,
  durationMin: true,
  place: true,
  personaIds: true,
  consent: true,
  consentNote: true,
};
const SHOWN = Object.keys(FACTS) as (keyof typeof FACTS)[];

/** One interview: its notes on the left, its facts on the right. */
export function InterviewPage({ id, target, nonce, onBack }: InterviewPageProps) {
  const t = useT();
  const toasts = useToasts();
  const tags = useTags();
  const [read, setInterview] = useState<Interview | null>(null);
  // The note comes from interview.get; the facts follow the store, so other windows' edits show.
  const { loaded: listed } = useCollectionStatus('interview');
  const summary = useEntityFields('interview', id, SHOWN);
  const interview = useMemo(() => (read && summary ? { ...read, ...summary } : read), [read, summary]);
  const gone = listed && read !== null && !summary;
  const [error, setError] = useState<string | null>(null);
  // A new editor (and autosaver) is mounted whenever the note is read again from the core.
  const [generation, setGeneration] = useState(0);
  // A note read again opens where the typist was, not at the place the page was opened at.
  const [reopened, setReopened] = useState<{ target: NoteTarget | null; nonce: number } | null>(null);

  const load = useCallback(
    async (reload?: NotesReload) => {
      try {
        const next = await invoke('interview.get', { id });
        // Read at the last moment: the typist goes on typing into the old editor until now.
        const at = reload ? { target: reload.caret(), nonce } : null;
        // In one task with the editor's effects, which put the note in: an ordinary update would
        // lay out and paint the empty editor first, then the note, twice the work before it shows.
        flushSync(() => {
          setInterview(next);
          setGeneration((g) => g + 1);
          if (at) setReopened(at);
        });
        reload?.shown();
      } catch (e) {
        setError(errorText(e, t));
        reload?.shown(e);
      }
    },
    [id, t, nonce],
  );

  useEffect(() => {
    // The editor's code and the note download side by side, not one after the other.
    NotesPane.preload().catch(() => undefined);
    // Asked for with the note rather than once the editor is up, so the marks get their colours sooner.
    void studio.loadCollection('highlight');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the note is asked for now; its answer is put in the page
    void load();
    // Once per opened interview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const onConflict = useCallback(
    (reload: NotesReload) => {
      toasts.show({ tone: 'error', message: t('notes.conflictReloaded') }, 10_000);
      void load(reload);
    },
    [toasts, t, load],
  );

  const onSummary = useCallback((summary: InterviewSummary) => setInterview((i) => (i ? { ...i, ...summary } : i)), []);

  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = interview !== null;
  useEffect(() => {
    // Opened from its card, whose button is gone, the keys would be left with the page: the new
    // page's heading takes them, as a screen reader expects. A place to open at puts them in the note.
    if (loaded && !target && keysAt(null) === 'lost') heading.current?.focus();
    // Once, when the interview is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  return (
    <section className="interview-page" aria-labelledby="interview-heading" data-testid="interview-page">
      <div className="interview-page-head">
        <button type="button" className="btn btn-ghost btn-small" data-testid="interview-back" onClick={onBack}>
          <Icon name="arrowLeft" />
          {t('interview.back')}
        </button>
        <h2 id="interview-heading" data-testid="interview-heading" ref={heading} tabIndex={-1}>
          {interview?.title ?? '\u00a0'}
        </h2>
      </div>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {gone && (
        <p role="alert" className="alert" data-testid="interview-gone">
          {t('interview.goneElsewhere')}
        </p>
      )}
      {interview && (
        <div className="interview-layout">
          <Suspense fallback={<div className="notes-pane" />}>
            <NotesPane key={generation} interview={interview} tags={tags} target={reopened?.nonce === nonce ? reopened.target : target} nonce={nonce} onConflict={onConflict} onSummary={onSummary} />
          </Suspense>
          <InterviewMetaForm interview={interview} onSaved={onSummary} />
        </div>
      )}
    </section>
  );
}
