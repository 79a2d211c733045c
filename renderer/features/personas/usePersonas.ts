import { useCallback } from 'react';
import type { Persona } from '../../../shared/schema/persona';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { useHistoryActions } from '../../data/history';
import { useMutate } from '../../data/mutate';
import { studio } from '../../data/studio';
import { selectRows, useCollection } from '../../data/useEntities';
import { fitOrder } from './reorderIds';

/** The rows as they are now, for handlers that run between renders. */
const currentPersonas = (): Persona[] => selectRows('persona', studio.store.getState().entities.persona);

/**
 * The personas of the open project, from the window's store: other windows' changes show as they
 * are made. Every action is written to the core, which keeps its undo step for this window.
 */
export function usePersonas() {
  const t = useT();
  const { lang: locale } = useLocale();
  const toasts = useToasts();
  const mutate = useMutate();
  const history = useHistoryActions();
  const { rows, loaded, error } = useCollection('persona');

  const create = useCallback(
    async (name: string): Promise<Persona | null> => {
      const answer = await mutate('persona.create', { name: name.trim() });
      return answer.ok ? answer.value : null;
    },
    [mutate],
  );

  const rename = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      const to = name.trim();
      const before = studio.store.getState().entities.persona[id];
      if (!before || before.name === to) return true;
      const answer = await mutate('persona.rename', { id, name: to }, { optimistic: { persona: { merge: [{ id, name: to }] } } });
      return answer.ok;
    },
    [mutate],
  );

  const remove = useCallback(
    async (id: string) => {
      const persona = studio.store.getState().entities.persona[id];
      if (!persona) return;
      // The toast comes with the row's going, not with the core's answer: its Undo waits in the
      // window's queue behind the delete, and a refused delete takes the toast back.
      const toast = toasts.show({
        tone: 'info',
        message: t('persona.deleted', { name: persona.name }),
        action: { label: t('undo.undo'), onAction: () => void history.undo({ quiet: true }) },
      });
      const answer = await mutate('persona.delete', { id }, { optimistic: { persona: { remove: [id] } } });
      if (!answer.ok) toasts.dismiss(toast);
    },
    [mutate, toasts, t, history],
  );

  const reorder = useCallback(
    async (ids: string[]) => {
      const order = fitOrder(ids, currentPersonas().map((p) => p.id));
      // Shown at once: dragging or pressing Alt+Arrow must feel immediate even on a slow disk.
      await mutate('persona.reorder', { ids: order }, { optimistic: { persona: { merge: order.map((id, position) => ({ id, position })) } } });
    },
    [mutate],
  );

  const sortByName = useCallback(() => {
    // Intl.Collator puts "Łukasz" after "Lucyna" in Polish, where a code-point sort would not.
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const ids = currentPersonas().sort((a, b) => collator.compare(a.name, b.name)).map((p) => p.id);
    return reorder(ids);
  }, [locale, reorder]);

  return { personas: loaded ? rows : null, loadError: error ? errorText(error, t) : null, create, rename, remove, reorder, sortByName };
}
