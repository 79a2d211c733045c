import { Icon } from '../components/Icon';
import { useT } from './useT';
import './shell.css';

/** The browser studio is reachable by anything on this machine; only the printed link carries the key. */
export function NoTokenScreen({ expired }: { expired: boolean }) {
  const t = useT();
  return (
    <main className="centered-screen" data-testid="no-token-screen">
      <div className="card centered-card">
        <div className="brand-mark" aria-hidden="true">
          <Icon name="key" />
        </div>
        <h1>{expired ? t('noToken.expiredTitle') : t('noToken.title')}</h1>
        <p className="lead">{t('noToken.body')}</p>
        <pre className="command">npm run web</pre>
        <p className="muted">{t('noToken.hint')}</p>
      </div>
    </main>
  );
}
