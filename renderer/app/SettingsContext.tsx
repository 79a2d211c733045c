import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang, Theme } from '../../shared/schema/common';
import type { Settings } from '../../shared/schema/project';
import { langFromLocale } from '../../shared/i18n/translate';
import { invoke } from '../api';
import { takeBootRequest } from './bootRequests';
import { LocaleShell } from './LocaleShell';

interface SettingsValue {
  settings: Settings;
  update(patch: { lang?: Lang; theme?: Theme }): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}

/** Until the core answers, the browser's own locale decides the language so nothing flashes in English for Polish users. */
const fallback: Settings = { lang: langFromLocale(navigator.language), theme: 'system' };

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    (takeBootRequest('settings') ?? invoke('app.settings', {}))
      .then((s) => live && setSettings(s))
      .catch(() => live && setSettings(fallback));
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(async (patch: { lang?: Lang; theme?: Theme }) => {
    // Apply at once so the switch feels instant; the core's answer is the truth afterwards.
    setSettings((s) => ({ ...(s ?? fallback), ...patch }));
    setSettings(await invoke('app.updateSettings', patch));
  }, []);

  const current = settings ?? fallback;
  const value = useMemo(() => ({ settings: current, update }), [current, update]);

  return (
    <SettingsContext.Provider value={value}>
      <LocaleShell lang={current.lang} theme={current.theme}>
        {settings ? children : null}
      </LocaleShell>
    </SettingsContext.Provider>
  );
}
