import { useCallback } from 'react';
import type { Persona } from '../../../shared/schema/persona';
import { errorText } from '../../app/errorText';
import { useLocale } from '../../app/LocaleContext';
import { useT } from '../../app/useT';
import { useDeleteWithUndo } from '../../data/history';
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
  const mutate = useMutate();
  const deleteWithUndo = useDeleteWithUndo();
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
      await deleteWithUndo('persona.delete', { id }, { persona: { remove: [id] } }, t('persona.deleted', { name: persona.name }));
    },
    [deleteWithUndo, t],
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
