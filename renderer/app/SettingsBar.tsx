import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeSwitcher } from './ThemeSwitcher';

export function SettingsBar() {
  return (
    <div className="settings-bar">
      <LanguageSwitcher />
      <ThemeSwitcher />
    </div>
  );
}
