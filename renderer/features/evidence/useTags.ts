import { useCallback, useEffect, useState } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';

/** The project's tags; every change goes to the core and the list is read back from its answer. */
export function useTags() {
  const t = useT();
  const toasts = useToasts();
  const { track } = useSaveState();
  const [tags, setTags] = useState<Tag[] | null>(null);

  const { lang } = useLocale();

  const reload = useCallback(async () => {
    // In the reader's alphabet: the core's order puts Ł, Ś and Ż after Z.
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const list = (await invoke('tag.list', {})).sort((a, b) => collator.compare(a.name, b.name));
    setTags(list);
    return list;
  }, [lang]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state is set when the core answers, not synchronously
    reload().catch((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }));
    // Once per mount; callers reload after changes that move counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload]);

  const write = useCallback(
    async <T,>(run: () => Promise<T>): Promise<T | null> => {
      const fail = (e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) });
      let value: T;
      try {
        value = await track(run(), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: true });
      } catch (e) {
        // Refused or failed, the list is read back, so every row shows what is stored.
        await reload().catch(() => undefined);
        fail(e);
        return null;
      }
      // The change is made even when the list cannot be read back: the answer says so, the toast says the rest.
      await reload().catch(fail);
      return value;
    },
    [track, t, reload, toasts],
  );

  const create = useCallback(
    // The core picks the colour: one no other tag has.
    (name: string) => write(() => invoke('tag.create', { name: name.trim() })),
    [write],
  );
  const update = useCallback((id: string, patch: { name?: string; colour?: string }) => write(() => invoke('tag.update', { id, ...patch })), [write]);
  const merge = useCallback((sourceId: string, targetId: string) => write(() => invoke('tag.merge', { sourceId, targetId })), [write]);
  const remove = useCallback((id: string) => write(() => invoke('tag.delete', { id })), [write]);

  return { tags, reload, create, update, merge, remove };
}

export type TagsApi = ReturnType<typeof useTags>;
