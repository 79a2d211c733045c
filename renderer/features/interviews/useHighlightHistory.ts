import type { LexicalEditor } from 'lexical';
import { useCallback, useRef, type RefObject } from 'react';
import type { Highlight } from '../../../shared/schema/evidence';
import { invoke, isConflict, isNotFound } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { $removeMark } from '../../editor/removeMark';

interface Made {
  quote: string;
  tagIds: string[];
  /** The core's answer to the write that made it: a delete waits for it. */
  written: Promise<unknown>;
}

interface Undone {
  quote: string;
  tagIds: string[];
  /** Whether the core has deleted it: a redo makes it again only then, and after that. */
  gone: Promise<boolean>;
}

interface Options {
  interviewId: string;
  editor: RefObject<LexicalEditor | null>;
  /** Sends the note's unsent changes (the new mark among them) and resolves once the core has them. */
  flush(): Promise<void>;
  /** Ids whose marks are not stale though the list of highlights may not have them yet. */
  made: RefObject<Set<string>>;
  highlights: RefObject<Highlight[]>;
  /** Reads the highlights and the tags' counts again after a change. */
  refresh(): Promise<unknown>;
}

/**
 * Undo right after making a highlight takes the highlight back, and redo makes it again, with the
 * same id, quote and tags. Both arrive as an undo or redo that changed a note's marks and none of
 * its words: without this, the note lost the mark while the highlight stayed, listed as if its
 * words had been deleted. Only highlights made in this editor count; undoing the deletion of
 * highlighted words still brings the highlight's words back, and with them the highlight.
 */
export function useHighlightHistory({ interviewId, editor, flush, made, highlights, refresh }: Options) {
  const t = useT();
  const toasts = useToasts();
  const { track } = useSaveState();
  const created = useRef(new Map<string, Made>());
  const undone = useRef(new Map<string, Undone>());

  const forget = useCallback((id: string) => {
    created.current.delete(id);
    undone.current.delete(id);
  }, []);

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);

  /**
   * Writes a highlight whose mark the note now has, after the note's update that carries the mark,
   * so the core finds the mark's place; and remembers it: undo may take it back once the write is
   * answered. `needed` settles first, and says whether the core lacks it (a redo's highlight whose
   * delete failed is still there).
   */
  const write = useCallback(
    (id: string, quote: string, tagIds: string[], needed: Promise<boolean> = Promise.resolve(true)): Promise<unknown> => {
      const written = needed.then((lacking) =>
        lacking
          ? flush().then(() =>
              track(invoke('highlight.create', { id, interviewId, quote, tagIds }), (e) => errorText(e, t), {
                // The interview deleted meanwhile: the page reads it again, which leaves nothing unsaved.
                refusalLeavesNothingUnsaved: isNotFound,
              }),
            )
          : undefined,
      );
      created.current.set(id, { quote, tagIds, written: written.catch(() => undefined) });
      return written;
    },
    [flush, track, interviewId, t],
  );

  /** A highlight's write failed: its mark goes from the note, and the failure is told unless the note is read again anyway. */
  const unmake = useCallback(
    (id: string, e: unknown) => {
      forget(id);
      made.current.delete(id);
      // Taking the mark out is an edit like any other: it reaches the core and the other windows.
      editor.current?.update(() => $removeMark(id), { discrete: true });
      if (!isConflict(e)) fail(e);
    },
    [forget, made, editor, fail],
  );

  const takeBack = useCallback(
    (id: string) => {
      const entry = created.current.get(id);
      if (!entry) return;
      created.current.delete(id);
      made.current.delete(id);
      // The tags as they are now: they may have changed since the highlight was made.
      const tagIds = highlights.current.find((h) => h.id === id)?.tagIds ?? entry.tagIds;
      const gone = entry.written
        // Gone already (deleted in another window, or never made) is as good as deleted now.
        .then(() => track(invoke('highlight.delete', { id }), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: isNotFound }))
        .then(
          () => true,
          (e: unknown) => {
            if (isNotFound(e)) return true;
            // Still there: the next save finds its mark gone and keeps it as a quote whose words went.
            fail(e);
            return false;
          },
        );
      undone.current.set(id, { quote: entry.quote, tagIds, gone });
      void gone.then(async (deleted) => {
        if (!deleted) return;
        await refresh();
        toasts.announce(t('highlight.undone', { quote: entry.quote.slice(0, 80) }));
      });
    },
    [made, highlights, track, t, refresh, toasts, fail],
  );

  const makeAgain = useCallback(
    (id: string) => {
      const was = undone.current.get(id);
      if (!was || !editor.current) return;
      undone.current.delete(id);
      // Known at once: the mark that redo brought back is not a stale one to take out.
      made.current.add(id);
      // Made again once it is deleted; never deleted, the save that follows the redo finds its mark again.
      write(id, was.quote, was.tagIds, was.gone).then(
        async () => {
          await refresh();
          toasts.announce(t('highlight.created', { quote: was.quote.slice(0, 80) }));
        },
        (e: unknown) => unmake(id, e),
      );
    },
    [editor, made, write, unmake, refresh, toasts, t],
  );

  /** For the stale-marks plugin: an undo or redo changed these marks and no words. */
  const onMarksOnly = useCallback(
    (removed: string[], added: string[]) => {
      removed.forEach(takeBack);
      added.forEach(makeAgain);
    },
    [takeBack, makeAgain],
  );

  return { create: write, unmake, forget, onMarksOnly };
}
