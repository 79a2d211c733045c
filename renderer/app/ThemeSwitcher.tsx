import { useId } from 'react';
import type { Theme } from '../../shared/schema/common';
import { errorText } from './errorText';
import { useSettings } from './SettingsContext';
import { useToasts } from './toasts/ToastContext';
import { useT } from './useT';

const labelKey = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;
const themes = Object.keys(labelKey) as Theme[];
const isTheme = (v: string): v is Theme => Object.hasOwn(labelKey, v);

export function ThemeSwitcher() {
  const t = useT();
  const id = useId();
  const { settings, update } = useSettings();
  const toasts = useToasts();
  return (
    <div className="inline-setting">
      <label htmlFor={id} className="inline-setting-label">
        {t('settings.theme')}
      </label>
      <select
        id={id}
        className="select"
        value={settings.theme}
        data-testid="theme-switcher"
        onChange={(e) => {
          const theme = e.target.value;
          if (!isTheme(theme)) return;
          update({ theme }).catch((err: unknown) => toasts.show({ tone: 'error', message: errorText(err, t) }));
        }}
      >
        {themes.map((theme) => (
          <option key={theme} value={theme}>
            {t(labelKey[theme])}
          </option>
        ))}
      </select>
    </div>
  );
}
