import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '../../app/LocaleContext';
import type { Persona } from '../../../shared/schema/persona';
import { invoke } from '../../api';
import { createWriteQueue } from '../../app/createWriteQueue';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useUndoStack } from '../../app/UndoContext';
import type { UndoEntry } from '../../app/undoStack';
import { useT } from '../../app/useT';
import { fitOrder } from './reorderIds';

const byPosition = (a: Persona, b: Persona) => a.position - b.position;

/**
 * The personas of the open project and every change to them. Each user action is written to the
 * core at once (the file is the truth) and recorded on the session's undo stack.
 */
export function usePersonas() {
  const t = useT();
  const { lang: locale } = useLocale();
  const toasts = useToasts();
  const stack = useUndoStack();
  const { track } = useSaveState();
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Undo closures outlive renders; they read the latest list from here rather than a stale closure.
  const current = useRef<Persona[]>([]);

  const commit = useCallback((next: (list: Persona[]) => Persona[]) => {
    current.current = next(current.current);
    setPersonas(current.current);
  }, []);

  const reload = useCallback(async () => {
    const list = await invoke('persona.list', {});
    commit(() => list);
    setLoadError(null);
  }, [commit]);

  useEffect(() => {
    let live = true;
    invoke('persona.list', {}).then(
      (list) => live && commit(() => list),
      (e: unknown) => live && setLoadError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
    // Loaded once per project; the language changing must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [commit]);

  /** A failed write leaves the list unsure, so it is read back from the core before the error surfaces. */
  const [inOrder] = useState(createWriteQueue);
  const write = useCallback(
    async <T,>(run: () => Promise<T>): Promise<T> => {
      try {
        return await track(inOrder(run), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: true });
      } catch (e) {
        await reload().catch(() => undefined);
        throw e;
      }
    },
    [track, t, reload, inOrder],
  );

  const raw = useMemo(
    () => ({
      create: async (name: string) => {
        const persona = await write(() => invoke('persona.create', { name }));
        commit((list) => [...list.filter((p) => p.id !== persona.id), persona].sort(byPosition));
        return persona;
      },
      remove: async (id: string) => {
        await write(() => invoke('persona.delete', { id }));
        commit((list) => list.filter((p) => p.id !== id));
      },
      restore: async (id: string) => {
        await write(() => invoke('persona.restore', { id }));
        await reload();
      },
      rename: async (id: string, name: string) => {
        const persona = await write(() => invoke('persona.rename', { id, name }));
        commit((list) => list.map((p) => (p.id === id ? persona : p)));
      },
      reorder: async (ids: string[]) => {
        const live = current.current.map((p) => p.id);
        const order = fitOrder(ids, live);
        const byId = new Map(current.current.map((p) => [p.id, p]));
        // Shown at once: dragging or pressing Alt+Arrow must feel immediate even on a slow disk.
        commit(() => order.flatMap((id, position) => {
          const p = byId.get(id);
          return p ? [{ ...p, position }] : [];
        }));
        await write(() => invoke('persona.reorder', { ids: order }));
      },
    }),
    [write, commit, reload],
  );

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);

  const create = useCallback(
    async (name: string): Promise<Persona | null> => {
      try {
        const persona = await raw.create(name.trim());
        stack.push({
          label: t('persona.history.create', { name: persona.name }),
          undo: () => raw.remove(persona.id),
          redo: () => raw.restore(persona.id),
        });
        return persona;
      } catch (e) {
        fail(e);
        return null;
      }
    },
    [raw, stack, t, fail],
  );

  const rename = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      const before = current.current.find((p) => p.id === id);
      const to = name.trim();
      if (!before || before.name === to) return true;
      try {
        await raw.rename(id, to);
        stack.push({
          label: t('persona.history.rename', { from: before.name, to }),
          undo: () => raw.rename(id, before.name),
          redo: () => raw.rename(id, to),
        });
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },
    [raw, stack, t, fail],
  );

  const remove = useCallback(
    async (id: string) => {
      const persona = current.current.find((p) => p.id === id);
      if (!persona) return;
      try {
        await raw.remove(id);
      } catch (e) {
        fail(e);
        return;
      }
      const entry: UndoEntry = {
        label: t('persona.history.delete', { name: persona.name }),
        undo: () => raw.restore(id),
        redo: () => raw.remove(id),
      };
      stack.push(entry);
      toasts.show({
        tone: 'info',
        message: t('persona.deleted', { name: persona.name }),
        action: {
          label: t('undo.undo'),
          onAction: () => {
            stack.undoEntry(entry).catch(fail);
          },
        },
      });
    },
    [raw, stack, t, fail, toasts],
  );

  const reorder = useCallback(
    async (ids: string[], label = t('persona.history.reorder')) => {
      const before = current.current.map((p) => p.id);
      // The new order is on screen before it is written; Ctrl+Z pressed meanwhile must undo this move.
      const written = raw.reorder(ids);
      stack.pushPending({ label, undo: () => raw.reorder(before), redo: () => raw.reorder(ids) }, written);
      try {
        await written;
      } catch (e) {
        fail(e);
      }
    },
    [raw, stack, t, fail],
  );

  const sortByName = useCallback(() => {
    // Intl.Collator puts "Łukasz" after "Lucyna" in Polish, where a code-point sort would not.
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const ids = [...current.current].sort((a, b) => collator.compare(a.name, b.name)).map((p) => p.id);
    return reorder(ids, t('persona.history.sort'));
  }, [locale, reorder, t]);

  return { personas, loadError, create, rename, remove, reorder, sortByName };
}
