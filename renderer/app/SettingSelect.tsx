import { useId } from 'react';
import type { Settings } from '../../shared/schema/project';
import { errorText } from './errorText';
import { useSettings } from './SettingsContext';
import { useToasts } from './toasts/ToastContext';
import { useT } from './useT';

interface Option<V extends string> {
  value: V;
  label: string;
  /** the option's own language, so a screen reader says "Polski" in Polish */
  lang?: string;
}

/** A labelled drop-down for one user setting; a failed save is reported in a toast. */
export function SettingSelect<K extends keyof Settings>(props: { setting: K; label: string; testId: string; options: Option<Settings[K]>[] }) {
  const t = useT();
  const id = useId();
  const { settings, update } = useSettings();
  const toasts = useToasts();
  return (
    <div className="inline-setting">
      <label htmlFor={id} className="inline-setting-label">
        {props.label}
      </label>
      <select
        id={id}
        className="select"
        value={settings[props.setting]}
        data-testid={props.testId}
        onChange={(e) => {
          const option = props.options.find((o) => o.value === e.target.value);
          if (!option) return;
          update({ [props.setting]: option.value } as Partial<Settings>).catch((err: unknown) =>
            toasts.show({ tone: 'error', message: errorText(err, t) }),
          );
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
