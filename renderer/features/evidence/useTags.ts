import { useCallback, useMemo } from 'react';
import type { Tag } from '../../../shared/schema/evidence';
import { useLocale } from '../../app/LocaleContext';
import { useMutate } from '../../data/mutate';
import { studio } from '../../data/studio';
import { useCollection } from '../../data/useEntities';

/**
 * The project's tags in the reader's alphabet, from the window's store; every change goes to the
 * core and comes back as a change set, here and in every other window.
 */
export function useTags() {
  const mutate = useMutate();
  const { rows, loaded } = useCollection('tag');
  const { lang } = useLocale();

  const tags = useMemo(() => {
    if (!loaded) return null;
    // The core's order puts Ł, Ś and Ż after Z.
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    return [...rows].sort((a, b) => collator.compare(a.name, b.name));
  }, [rows, loaded, lang]);

  /** Reads the list again: for changes whose counts a caller wants certain (a highlight made in the note). */
  const reload = useCallback(async (): Promise<Tag[]> => {
    await studio.loadCollection('tag', true);
    return Object.values(studio.store.getState().entities.tag);
  }, []);

  const value = async <T,>(answer: Promise<{ ok: true; value: T } | { ok: false }>): Promise<T | null> => {
    const a = await answer;
    return a.ok ? a.value : null;
  };

  const create = useCallback(
    // The core picks the colour: one no other tag has.
    (name: string) => value(mutate('tag.create', { name: name.trim() })),
    [mutate],
  );
  const update = useCallback(
    (id: string, patch: { name?: string; colour?: string }) => value(mutate('tag.update', { id, ...patch }, { optimistic: { tag: { merge: [{ id, ...patch }] } } })),
    [mutate],
  );
  const merge = useCallback(
    (sourceId: string, targetId: string) => value(mutate('tag.merge', { sourceId, targetId }, { optimistic: { tag: { remove: [sourceId] } } })),
    [mutate],
  );
  const remove = useCallback((id: string) => value(mutate('tag.delete', { id }, { optimistic: { tag: { remove: [id] } } })), [mutate]);

  return { tags, reload, create, update, merge, remove };
}

export type TagsApi = ReturnType<typeof useTags>;
