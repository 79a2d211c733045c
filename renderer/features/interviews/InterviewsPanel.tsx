import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../project/NavigationContext';
import { ImportDropZone } from './ImportDropZone';
import { InterviewCreateForm } from './InterviewCreateForm';
import { InterviewList } from './InterviewList';
import { LazyNotesPane } from './LazyNotesPane';
import { useInterviewList } from './useInterviewList';

/** `returnTo`: the interview just left by its back link, whose card takes the keys. */
export function InterviewsPanel({ returnTo = null }: { returnTo?: string | null }) {
  const t = useT();
  const id = useId();
  const { openInterview } = useNavigation();
  const { interviews, loadError, reload, create, remove } = useInterviewList();
  const heading = useRef<HTMLHeadingElement>(null);
  const createField = useRef<HTMLInputElement>(null);
  // A new object per request, so that the same card asked for again takes the keys again.
  const [focusCard, setFocusCard] = useState<{ id: string } | null>(() => (returnTo ? { id: returnTo } : null));
  const listRead = interviews !== null || loadError !== null;
  useEffect(() => {
    // The editor downloads while the list loads, ready for the interview about to be opened.
    LazyNotesPane.preload().catch(() => undefined);
  }, []);
  useEffect(() => {
    // The interview left is gone meanwhile (another window deleted it), or the list is unreadable.
    if (returnTo && listRead && !interviews?.some((i) => i.id === returnTo)) heading.current?.focus();
    // Once, when the list is first read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listRead]);

  const onDelete = async (interviewId: string) => {
    const deleted = await remove(interviewId);
    if (!deleted) return;
    // The trash button went with its card: the keys go to the card now in its place.
    if (deleted.next) setFocusCard({ id: deleted.next });
    else createField.current?.focus();
  };

  return (
    <section className="interviews" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="notebook" />
          </span>
          <div>
            <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
              {t('interview.title')}
            </h2>
            <p className="muted" data-testid="interview-count">
              {interviews ? t('interview.count', { count: interviews.length }) : '\u00a0'}
            </p>
          </div>
        </div>
      </header>

      <InterviewCreateForm
        inputRef={createField}
        onCreate={async (title) => {
          const interview = await create(title);
          if (interview) openInterview(interview.id, { kind: 'start' });
          return interview !== null;
        }}
      />

      {loadError && (
        <p role="alert" className="alert">
          {loadError}
        </p>
      )}

      <ImportDropZone onImported={() => void reload()}>
        {interviews && interviews.length === 0 && (
          <div className="empty-state">
            <p className="empty-title">{t('interview.emptyTitle')}</p>
            <p className="muted">{t('interview.emptyBody')}</p>
          </div>
        )}
        {interviews && interviews.length > 0 && (
          <InterviewList
            interviews={interviews}
            focusCard={focusCard}
            onOpen={(interviewId) => openInterview(interviewId)}
            onDelete={(interviewId) => void onDelete(interviewId)}
          />
        )}
      </ImportDropZone>
    </section>
  );
}
