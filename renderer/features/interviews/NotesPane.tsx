import { $getMarkIDs } from '@lexical/mark';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Highlight, Tag } from '../../../shared/schema/evidence';
import type { Interview, InterviewSummary } from '../../../shared/schema/interview';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { Editor } from '../../editor/Editor';
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
import { MarkPopover } from './MarkPopover';
import { useNotesAutosave, type NotesReload } from './useNotesAutosave';
import { useTimestampStart } from './useTimestampStart';
import { useToolbarLabels } from './useToolbarLabels';
import { useNoteHighlights, type Popover } from './useNoteHighlights';


interface NotesPaneProps {
  interview: Interview;
  tags: TagsApi;
  target: NoteTarget | null;
  nonce: number;
  onConflict(reload: NotesReload): void;
  onSummary(summary: InterviewSummary): void;
}

const selectionRect = (): DOMRect => {
  const native = window.getSelection();
  if (native && native.rangeCount > 0) return native.getRangeAt(0).getBoundingClientRect();
  return new DOMRect(window.innerWidth / 2, window.innerHeight / 3, 0, 0);
};

export function NotesPane({ interview, tags, target, nonce, onConflict, onSummary }: NotesPaneProps) {
  const t = useT();
  const toasts = useToasts();
  const editorRef = useRef<LexicalEditor | null>(null);
  // A stored note this version could not read was made into a document of its plain text.
  const unreadable = !interview.notesReadable;
  // Until the document arrives the editor is empty: nothing is typed into it, and no place is opened at.
  const [synced, setSynced] = useState(false);
  const [linkRequest, setLinkRequest] = useState(0);
  const timestampStart = useTimestampStart(interview.id, interview.startedAt, onSummary);
  const labels = useToolbarLabels();

  const { providerFactory, flush } = useNotesAutosave({
    interviewId: interview.id,
    editor: editorRef,
    onConflict,
    onSynced: () => {
      // Before the plugins that wait for the note run, so the place they open at can take the keys.
      editorRef.current?.setEditable(true);
      setSynced(true);
    },
  });
  const collaboration = useMemo(() => ({ id: interview.id, providerFactory }), [interview.id, providerFactory]);
  const { highlights, byId, colours, known, popover, setPopover, openMark, onMarksOnly, createHighlight, removeHighlight, setHighlightTags } = useNoteHighlights({
    interviewId: interview.id,
    editorRef,
    tags,
    flush,
  });

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
    if (found.kind === 'mark') openMark(found.ids, found.rect);
    else setPopover(found);
  }, [toasts, t, openMark, setPopover]);

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
        <MarkClickPlugin onMark={openMark} />
        <ShortcutsPlugin onHighlight={requestHighlight} onTimestamp={insertTimestamp} onLink={() => setLinkRequest((n) => n + 1)} />
        {synced && <NoteTargetPlugin target={target} nonce={nonce} />}
        <StaleMarksPlugin known={known} onMarksOnly={onMarksOnly} />
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
