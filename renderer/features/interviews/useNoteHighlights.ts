import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { $getSelection, $isRangeSelection, $setSelection, type LexicalEditor, type RangeSelection } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { invoke, isConflict, isNotFound } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { studio } from '../../data/studio';
import { useCollection } from '../../data/useEntities';
import { $removeMark } from '../../editor/removeMark';
import { undoBoundary } from '../../editor/undoBoundary';
import type { TagsApi } from '../evidence/useTags';
import { keysAt } from './keysAt';
import { useHighlightHistory } from './useHighlightHistory';

export type Popover =
  | { kind: 'new'; selection: RangeSelection; quote: string; rect: DOMRect }
  | { kind: 'mark'; ids: string[]; rect: DOMRect };

interface Options {
  interviewId: string;
  editorRef: RefObject<LexicalEditor | null>;
  tags: TagsApi;
  /** Sends what is typed and unsent: a highlight is made on words the core has. */
  flush(): Promise<void>;
}

/**
 * The highlights of one open note: the store's rows, which answers and other windows' change sets
 * keep current (a highlight detached by typing elsewhere, retagged, removed), their marks in the
 * note, the popover over them, and making, retagging and removing them. A highlight removed in
 * another window takes its mark here too.
 */
export function useNoteHighlights({ interviewId, editorRef, tags, flush }: Options) {
  const t = useT();
  const toasts = useToasts();
  const { track } = useSaveState();
  const { rows: highlights, loaded: highlightsLoaded, error: highlightsError } = useCollection('highlight', { interviewId });
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  // Highlights made in this window: undo and redo take them back and make them again.
  const made = useRef(new Set<string>());
  const [popover, setPopover] = useState<Popover | null>(null);
  // Highlights asked for here whose answer has not come: their marks are in the note before the store has them.
  const creating = useRef(new Set<string>());
  useEffect(() => {
    if (highlightsError) toasts.show({ tone: 'error', message: errorText(highlightsError, t) });
  }, [highlightsError, toasts, t]);

  const highlightsNow = useRef(highlights);
  useEffect(() => {
    highlightsNow.current = highlights;
  }, [highlights]);
  const history = useHighlightHistory({
    interviewId,
    editor: editorRef,
    flush,
    made,
    highlights: highlightsNow,
    refresh: () => tags.reload(),
  });

  const colours = useMemo(() => {
    const byTag = new Map((tags.tags ?? []).map((tag) => [tag.id, tag.colour]));
    return new Map(highlights.map((h) => [h.id, h.tagIds.map((id) => byTag.get(id)).find(Boolean) ?? null]));
  }, [highlights, tags.tags]);

  const known = useMemo(() => {
    if (!highlightsLoaded) return null;
    const ids = new Set(highlights.map((h) => h.id));
    return (id: string) => ids.has(id) || made.current.has(id);
  }, [highlights, highlightsLoaded]);

  const fail = useCallback((e: unknown) => toasts.show({ tone: 'error', message: errorText(e, t) }), [toasts, t]);

  /** Highlights removed in another window (or by the CLI): their marks here go too, through the ordinary save. */
  const goneElsewhere = useRef((_ids: readonly string[]) => {});
  const openMark = useRef((_ids: string[], _rect: DOMRect) => {});
  useEffect(() => {
    const isLive = (id: string) => byId.has(id) || creating.current.has(id);
    goneElsewhere.current = (ids) => {
      setPopover(null);
      for (const id of ids) {
        made.current.delete(id);
        history.forget(id);
      }
      editorRef.current?.update(() => ids.forEach((id) => $removeMark(id)));
      void tags.reload();
      toasts.show({ tone: 'info', message: t('highlight.goneElsewhere') });
      editorRef.current?.focus();
    };
    openMark.current = (ids, rect) => {
      const live = highlightsLoaded ? ids.filter(isLive) : ids;
      if (live.length) setPopover({ kind: 'mark', ids: live, rect });
      else goneElsewhere.current(ids);
    };
  });
  // An open popover whose highlights are removed meanwhile elsewhere closes, saying so.
  const openIds = useRef<string[] | null>(null);
  useEffect(() => {
    openIds.current = popover?.kind === 'mark' ? popover.ids : null;
  }, [popover]);
  useEffect(
    () =>
      studio.store.subscribe((state) => {
        const ids = openIds.current;
        if (ids && !ids.some((id) => state.entities.highlight[id] || creating.current.has(id))) goneElsewhere.current(ids);
      }),
    [],
  );

  const openMarkAt = useCallback((ids: string[], rect: DOMRect) => openMark.current(ids, rect), []);

  const createHighlight = async (selection: RangeSelection, quote: string, tagIds: string[]) => {
    const editor = editorRef.current;
    if (!editor) return;
    setPopover(null);
    const id = crypto.randomUUID();
    made.current.add(id);
    creating.current.add(id);
    // The mark is one undo step: not joined to the words just typed, nor to those typed next.
    undoBoundary(editor);
    editor.update(
      () => {
        $setSelection(selection.clone());
        const current = $getSelection();
        if ($isRangeSelection(current)) $wrapSelectionInMarkNode(current, current.isBackward(), id);
      },
      { discrete: true },
    );
    undoBoundary(editor);
    try {
      await history.create(id, quote, tagIds);
      toasts.announce(t('highlight.created', { quote: quote.slice(0, 80) }));
      await tags.reload();
    } catch (e) {
      history.unmake(id, e);
      if (isConflict(e)) return;
    } finally {
      creating.current.delete(id);
    }
    editor.focus();
  };

  const removeHighlight = async (id: string) => {
    const editor = editorRef.current;
    // Asked from the mark's popover or the list of lost highlights, whose control goes with it:
    // the keys go back to the note. Noted now, as React may take the control out before or after the answer.
    const keys = keysAt(editor?.getRootElement());
    const keysGoWithIt = keys === 'lost' || keys === 'pane';
    made.current.delete(id);
    history.forget(id);
    setPopover(null);
    try {
      await track(invoke('highlight.delete', { id }), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: isNotFound });
    } catch (e) {
      // Removed meanwhile in another window: gone, as asked.
      if (!isNotFound(e)) return fail(e);
    }
    // The mark goes from the note afterwards, through the ordinary save.
    editor?.update(() => $removeMark(id));
    await tags.reload();
    toasts.announce(t('highlight.removed'));
    if (keysGoWithIt) editor?.focus();
  };

  const setHighlightTags = async (id: string, tagIds: string[]) => {
    try {
      await track(invoke('highlight.setTags', { id, tagIds }), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: isNotFound });
      void tags.reload();
    } catch (e) {
      if (!isNotFound(e)) return fail(e);
      // Removed meanwhile in another window, before this window heard of it.
      goneElsewhere.current([id]);
    }
  };

  return { highlights, byId, colours, known, popover, setPopover, openMark: openMarkAt, onMarksOnly: history.onMarksOnly, createHighlight, removeHighlight, setHighlightTags };
}
