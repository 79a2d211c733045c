import { useEffect, useState } from 'react';
import { langFromLocale } from '../../shared/i18n/translate';
import { connect, onUnauthorized } from '../api';
import { LocaleShell } from './LocaleShell';
import { NoTokenScreen } from './NoTokenScreen';
import { SettingsProvider } from './SettingsContext';
import { Studio } from './Studio';
import { ToastProvider } from './toasts/ToastContext';

export function App() {
  const [hasToken] = useState(() => connect() !== null);
  const [refused, setRefused] = useState(false);

  useEffect(() => onUnauthorized(() => setRefused(true)), []);

  if (!hasToken || refused) {
    return (
      <LocaleShell lang={langFromLocale(navigator.language)} theme="system">
        <NoTokenScreen expired={refused} />
      </LocaleShell>
    );
  }
  return (
    <SettingsProvider>
      <ToastProvider>
        <Studio />
      </ToastProvider>
    </SettingsProvider>
  );
}
