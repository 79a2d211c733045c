import type { Lang } from '../../shared/schema/common';
import { SettingSelect } from './SettingSelect';
import { useT } from './useT';

/** Language names are written in their own language, so anyone can find theirs whatever is showing. */
const names: Record<Lang, string> = { en: 'English', pl: 'Polski' };
// Type-only schema imports keep zod (and its eval probe, which the CSP reports) out of the renderer bundle.
const langs = Object.keys(names) as Lang[];

export function LanguageSwitcher() {
  const t = useT();
  return (
    <SettingSelect
      setting="lang"
      label={t('settings.language')}
      testId="language-switcher"
      options={langs.map((lang) => ({ value: lang, label: names[lang], lang }))}
    />
  );
}
