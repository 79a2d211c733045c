import { useEffect, useId } from 'react';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../project/NavigationContext';
import { ImportDropZone } from './ImportDropZone';
import { InterviewCreateForm } from './InterviewCreateForm';
import { InterviewList } from './InterviewList';
import { LazyNotesPane } from './LazyNotesPane';
import { useInterviewList } from './useInterviewList';

export function InterviewsPanel() {
  const t = useT();
  const id = useId();
  const { openInterview } = useNavigation();
  const { interviews, loadError, reload, create, remove } = useInterviewList();
  useEffect(() => {
    // The editor downloads while the list loads, ready for the interview about to be opened.
    LazyNotesPane.preload().catch(() => undefined);
  }, []);

  return (
    <section className="interviews" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div className="panel-title">
          <span className="panel-icon" aria-hidden="true">
            <Icon name="notebook" />
          </span>
          <div>
            <h2 id={`${id}-title`}>{t('interview.title')}</h2>
            <p className="muted" data-testid="interview-count">
              {interviews ? t('interview.count', { count: interviews.length }) : '\u00a0'}
            </p>
          </div>
        </div>
      </header>

      <InterviewCreateForm
        onCreate={async (title) => {
          const interview = await create(title);
          if (interview) openInterview(interview.id);
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
          <InterviewList interviews={interviews} onOpen={(interviewId) => openInterview(interviewId)} onDelete={(interviewId) => void remove(interviewId)} />
        )}
      </ImportDropZone>
    </section>
  );
}
