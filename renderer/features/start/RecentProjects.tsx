import { useEffect, useId, useState } from 'react';
import type { RecentProject } from '../../../shared/schema/project';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { ltrPath } from './ltrPath';

interface RecentProjectsProps {
  disabled: boolean;
  onOpen(path: string): void;
  onError(message: string): void;
}

export function RecentProjects({ disabled, onOpen, onError }: RecentProjectsProps) {
  const t = useT();
  const { formatDate } = useLocale();
  const baseId = useId();
  const [recent, setRecent] = useState<RecentProject[] | null>(null);

  useEffect(() => {
    let live = true;
    invoke('app.recent', {})
      .then((list) => live && setRecent(list))
      .catch((e: unknown) => live && onError(errorText(e, t)));
    return () => {
      live = false;
    };
  }, [onError, t]);

  const forget = async (path: string) => {
    try {
      setRecent(await invoke('app.forgetRecent', { path }));
    } catch (e) {
      onError(errorText(e, t));
    }
  };

  return (
    <section className="recent card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recent.title')}</h2>
      {recent !== null && recent.length === 0 && <p className="recent-empty muted">{t('recent.empty')}</p>}
      <ul className="recent-list" data-testid="recent-list">
        {recent?.map((item, index) => (
          <li key={item.path} className={item.exists ? 'recent-item' : 'recent-item missing'} data-testid="recent-item">
            <button
              type="button"
              className="recent-open"
              data-testid="recent-open"
              disabled={disabled || !item.exists}
              onClick={() => onOpen(item.path)}
              aria-describedby={`${baseId}-${index}`}
            >
              <span className="recent-name">{item.name}</span>
              <span className="recent-path" title={item.path}>
                {ltrPath(item.path)}
              </span>
            </button>
            <span id={`${baseId}-${index}`} className="recent-meta">
              {item.exists ? (
                formatDate(new Date(item.openedAt), { dateStyle: 'medium', timeStyle: 'short' })
              ) : (
                <span className="recent-missing-tag">{t('recent.missing')}</span>
              )}
            </span>
            <button
              type="button"
              className="icon-btn"
              data-testid="recent-forget"
              aria-label={t('recent.forget', { name: item.name })}
              title={t('recent.forget', { name: item.name })}
              onClick={() => void forget(item.path)}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
