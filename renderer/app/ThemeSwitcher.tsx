import type { Theme } from '../../shared/schema/common';
import { SettingSelect } from './SettingSelect';
import { useT } from './useT';

const labelKey = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;
const themes = Object.keys(labelKey) as Theme[];

export function ThemeSwitcher() {
  const t = useT();
  return (
    <SettingSelect
      setting="theme"
      label={t('settings.theme')}
      testId="theme-switcher"
      options={themes.map((theme) => ({ value: theme, label: t(labelKey[theme]) }))}
    />
  );
}
