import { $getMarkIDs, $wrapSelectionInMarkNode } from '@lexical/mark';
import { undoBoundary } from '../../editor/undoBoundary';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Highlight, Tag } from '../../../shared/schema/evidence';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import { invoke, isConflict, isNotFound } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { Editor } from '../../editor/Editor';
import { $removeMark } from '../../editor/removeMark';
import { FirstScreenPlugin } from '../../editor/plugins/FirstScreenPlugin';
import { MarkClickPlugin } from '../../editor/plugins/MarkClickPlugin';
import { MarkStylePlugin } from '../../editor/plugins/MarkStylePlugin';
import { NoteTargetPlugin, type NoteTarget } from '../../editor/plugins/NoteTargetPlugin';
import { ShortcutsPlugin } from '../../editor/plugins/ShortcutsPlugin';
import { StaleMarksPlugin } from '../../editor/plugins/StaleMarksPlugin';
import { ToolbarPlugin } from '../../editor/plugins/ToolbarPlugin';
import type { TagsApi } from '../evidence/useTags';
import { DetachedHighlights } from './DetachedHighlights';
import { elapsedLabel } from './elapsedLabel';
import { HighlightPopover } from './HighlightPopover';
import { keysAt } from './keysAt';
import { MarkPopover } from './MarkPopover';
import { useHighlightHistory } from './useHighlightHistory';
import { useNotesAutosave, type NotesReload } from './useNotesAutosave';
import { useTimestampStart } from './useTimestampStart';
import { useToolbarLabels } from './useToolbarLabels';

type Popover =
  | { kind: 'new'; selection: RangeSelection; quote: string; rect: DOMRect }
  | { kind: 'mark'; ids: string[]; rect: DOMRect };

interface NotesPaneProps {
  interview: Interview;
  tags: TagsApi;
  target: NoteTarget | null;
  nonce: number;
  /** The highlights, already asked for with the note; null to ask now. */
  firstHighlights: Promise<Highlight[]> | null;
  onConflict(reload: NotesReload): void;
  onSummary(summary: InterviewSummary): void;
}

const selectionRect = (): DOMRect => {
  const native = window.getSelection();
  if (native && native.rangeCount > 0) return native.getRangeAt(0).getBoundingClientRect();
  return new DOMRect(window.innerWidth / 2, window.innerHeight / 3, 0, 0);
};

export function NotesPane({ interview, tags, target, nonce, firstHighlights, onConflict, onSummary }: NotesPaneProps) {
  const t = useT();
  const toasts = useToasts();
  const { track } = useSaveState();
  const editorRef = useRef<LexicalEditor | null>(null);
  // A stored note this version could not read was made into a document of its plain text.
  const unreadable = !interview.notesReadable;
  // Until the document arrives the editor is empty: nothing is typed into it, and no place is opened at.
  const [synced, setSynced] = useState(false);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [highlightsLoaded, setHighlightsLoaded] = useState(false);
  // Highlights made here whose list has not come back yet: their marks are not stale.
  const made = useRef(new Set<string>());
  const [popover, setPopover] = useState<Popover | null>(null);
  const [linkRequest, setLinkRequest] = useState(0);
  const timestampStart = useTimestampStart(interview.id, interview.startedAt, onSummary);
  const labels = useToolbarLabels();

  const first = useRef(firstHighlights);
  const loadHighlights = useCallback(async () => {
    const early = first.current;
    first.current = null;
    try {
      setHighlights(await (early ?? invoke('highlight.list', { interviewId: interview.id })));
      setHighlightsLoaded(true);
    } catch (e) {
      toasts.show({ tone: 'error', message: errorText(e, t) });
    }
  }, [interview.id, toasts, t]);

  useEffect(() => {
    void loadHighlights();
  }, [loadHighlights]);

  const detachedKey = useMemo(() => highlights.filter((h) => h.detached).map((h) => h.id).sort().join(' '), [highlights]);
  const detachedRef = useRef(detachedKey);
  useEffect(() => {
    detachedRef.current = detachedKey;
  }, [detachedKey]);

  const { providerFactory, flush } = useNotesAutosave({
    interviewId: interview.id,
    editor: editorRef,
    onConflict,
    onSynced: () => {
      // Before the plugins that wait for the note run, so the place they open at can take the keys.
      editorRef.current?.setEditable(true);
      setSynced(true);
    },
    onSaved: (answer) => {
      const now = [...answer.detachedHighlightIds].sort().join(' ');
      if (now !== detachedRef.current) void loadHighlights();
    },
  });
  const collaboration = useMemo(() => ({ id: interview.id, providerFactory }), [interview.id, providerFactory]);

  const highlightsNow = useRef(highlights);
  useEffect(() => {
    highlightsNow.current = highlights;
  }, [highlights]);
  const history = useHighlightHistory({
    interviewId: interview.id,
    editor: editorRef,
    flush,
    made,
    highlights: highlightsNow,
    refresh: () => Promise.all([loadHighlights(), tags.reload()]),
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

  const requestHighlight = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const found = editor.getEditorState().read((): Popover | 'empty' | null => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return 'empty';
      if (selection.isCollapsed()) {
        const node = selection.anchor.getNode();
        const ids = $isTextNode(node) ? $getMarkIDs(node, selection.anchor.offset) : null;
        return ids?.length ? { kind: 'mark', ids, rect: selectionRect() } : 'empty';
      }
      const quote = selection.getTextContent().trim();
      if (!quote) return 'empty';
      return { kind: 'new', selection: selection.clone(), quote, rect: selectionRect() };
    });
    if (found === 'empty' || !found) {
      toasts.show({ tone: 'info', message: t('highlight.selectFirst') });
      return;
    }
    setPopover(found);
  }, [toasts, t]);

  const createHighlight = async (selection: RangeSelection, quote: string, tagIds: string[]) => {
    const editor = editorRef.current;
    if (!editor) return;
    setPopover(null);
    const id = crypto.randomUUID();
    made.current.add(id);
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
      await Promise.all([loadHighlights(), tags.reload()]);
    } catch (e) {
      history.unmake(id, e);
      if (isConflict(e)) return;
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
    await Promise.all([loadHighlights(), tags.reload()]);
    toasts.announce(t('highlight.removed'));
    if (keysGoWithIt) editor?.focus();
  };

  const setHighlightTags = async (id: string, tagIds: string[]) => {
    try {
      const updated = await track(invoke('highlight.setTags', { id, tagIds }), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: isNotFound });
      setHighlights((list) => list.map((h) => (h.id === id ? updated : h)));
      void tags.reload();
    } catch (e) {
      if (!isNotFound(e)) return fail(e);
      // Removed meanwhile in another window: its mark goes too, and the popover with it.
      setPopover(null);
      made.current.delete(id);
      history.forget(id);
      editorRef.current?.update(() => $removeMark(id));
      await Promise.all([loadHighlights(), tags.reload()]);
      toasts.show({ tone: 'info', message: t('highlight.goneElsewhere') });
      editorRef.current?.focus();
    }
  };

  const insertTimestamp = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    // The label goes in at once, before the core keeps a clock the press started, so words typed meanwhile land after it.
    const label = elapsedLabel(timestampStart());
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      selection.insertNodes([$createTextNode(label).setFormat('code'), $createTextNode(' ')]);
    });
    editor.focus();
  }, [timestampStart]);

  const extra = (
    <>
      <button
        type="button"
        className="tool-btn tool-wide"
        data-testid="tool-timestamp"
        title={`${t('notes.timestamp')} (Ctrl+Shift+E)`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={insertTimestamp}
      >
        <Icon name="clock" />
        <span>{t('notes.timestamp')}</span>
      </button>
      <button
        type="button"
        className="tool-btn tool-wide"
        data-testid="tool-highlight"
        title={`${t('highlight.action')} (Ctrl+H)`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={requestHighlight}
      >
        <Icon name="highlighter" />
        <span>{t('highlight.action')}</span>
      </button>
    </>
  );

  const tagList: Tag[] = tags.tags ?? [];
  const byId = new Map(highlights.map((h) => [h.id, h]));

  return (
    <div className="notes-pane">
      {unreadable && (
        <div className="alert alert-warning" role="alert" data-testid="notes-unreadable">
          <Icon name="alert" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-title">{t('notes.unreadableTitle')}</p>
            <p>{t('notes.unreadableBody')}</p>
          </div>
        </div>
      )}
      <Editor
        label={t('notes.label', { title: interview.title })}
        placeholder={t('notes.placeholder')}
        toolbar={<ToolbarPlugin labels={labels} extra={extra} linkRequest={linkRequest} />}
        isHighlight={known}
        collaboration={collaboration}
      >
        <EditorRefPlugin editorRef={editorRef} />
        <FirstScreenPlugin />
        <MarkStylePlugin colours={colours} />
        <MarkClickPlugin onMark={(ids, rect) => setPopover({ kind: 'mark', ids, rect })} />
        <ShortcutsPlugin onHighlight={requestHighlight} onTimestamp={insertTimestamp} onLink={() => setLinkRequest((n) => n + 1)} />
        {synced && <NoteTargetPlugin target={target} nonce={nonce} />}
        <StaleMarksPlugin known={known} onMarksOnly={history.onMarksOnly} />
      </Editor>

      {popover?.kind === 'new' && (
        <HighlightPopover
          rect={popover.rect}
          quote={popover.quote}
          tags={tagList}
          onCreateTag={tags.create}
          onConfirm={(tagIds) => void createHighlight(popover.selection, popover.quote, tagIds)}
          onCancel={() => {
            setPopover(null);
            editorRef.current?.focus();
          }}
        />
      )}
      {popover?.kind === 'mark' && (
        <MarkPopover
          rect={popover.rect}
          highlights={popover.ids.map((id) => byId.get(id)).filter((h): h is Highlight => h !== undefined)}
          tags={tagList}
          onCreateTag={tags.create}
          onSetTags={(id, tagIds) => void setHighlightTags(id, tagIds)}
          onRemove={(id) => void removeHighlight(id)}
          onClose={() => {
            setPopover(null);
            editorRef.current?.focus();
          }}
        />
      )}
      <DetachedHighlights highlights={highlights.filter((h) => h.detached)} tags={tagList} onRemove={(id) => void removeHighlight(id)} />
    </div>
  );
}
