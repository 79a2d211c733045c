import { useId } from 'react';
import type { Lang } from '../../shared/schema/common';
import { useToasts } from './toasts/ToastContext';
import { errorText } from './errorText';
import { useSettings } from './SettingsContext';
import { useT } from './useT';

/** Language names are written in their own language, so anyone can find theirs whatever is showing. */
const names: Record<Lang, string> = { en: 'English', pl: 'Polski' };
// Type-only schema imports keep zod (and its eval probe, which the CSP reports) out of the renderer bundle.
const langs = Object.keys(names) as Lang[];
const isLang = (v: string): v is Lang => Object.hasOwn(names, v);

export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const { settings, update } = useSettings();
  const toasts = useToasts();
  return (
    <div className="inline-setting">
      <label htmlFor={id} className="inline-setting-label">
        {t('settings.language')}
      </label>
      <select
        id={id}
        className="select"
        value={settings.lang}
        data-testid="language-switcher"
        onChange={(e) => {
          const lang = e.target.value;
          if (!isLang(lang)) return;
          update({ lang }).catch((err: unknown) => toasts.show({ tone: 'error', message: errorText(err, t) }));
        }}
      >
        {langs.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {names[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
