import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { $currentBlockKind, setBlockKind, type BlockKind } from '../blockFormat';
import { Icon } from '../../components/Icon';
import { applyLink } from '../applyLink';
import { LinkForm } from '../LinkForm';

export interface ToolbarLabels {
  toolbar: string;
  bold: string;
  italic: string;
  underline: string;
  h1: string;
  h2: string;
  quote: string;
  bullet: string;
  number: string;
  link: string;
  linkUrl: string;
  linkApply: string;
  linkRemove: string;
  linkInvalid: string;
  cancel: string;
}

interface ToolbarPluginProps {
  labels: ToolbarLabels;
  /** Interview-specific actions (timestamp, highlight) appended after the formatting buttons. */
  extra?: ReactNode;
  /** Bumped by the Ctrl+Shift+K shortcut to open the link form. */
  linkRequest: number;
}

interface Formats {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: BlockKind;
  link: string | null;
}

const sameFormats = (a: Formats, b: Formats) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.block === b.block && a.link === b.link;

const none: Formats = { bold: false, italic: false, underline: false, block: 'paragraph', link: null };

/** The formatting bar; every button says whether its format is on (aria-pressed) and names its shortcut. */
export function ToolbarPlugin({ labels, extra, linkRequest }: ToolbarPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(none);
  const [linkOpen, setLinkOpen] = useState(false);
  // What the bar shows, read outside React: asking React to set the same value still schedules a
  // render, and this runs on every keystroke.
  const shown = useRef<Formats>(none);

  const refresh = useCallback(() => {
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const node = selection.anchor.getNode();
      const parent = node.getParent();
      const link = $isLinkNode(parent) ? parent : $isLinkNode(node) ? node : null;
      const next: Formats = {
        bold: selection.hasFormat('bold'),
        italic: selection.hasFormat('italic'),
        underline: selection.hasFormat('underline'),
        block: $currentBlockKind(),
        link: link ? link.getURL() : null,
      };
      if (sameFormats(shown.current, next)) return;
      shown.current = next;
      setFormats(next);
    });
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => refresh()),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  // A new request from the shortcut opens the form; tracked during render as React recommends for prop changes.
  const [seenRequest, setSeenRequest] = useState(linkRequest);
  if (linkRequest !== seenRequest) {
    setSeenRequest(linkRequest);
    setLinkOpen(true);
  }

  const format = (kind: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, kind);
  const block = (kind: BlockKind) => {
    setBlockKind(editor, kind, formats.block);
    editor.focus();
  };

  const toggle = (pressed: boolean, label: string, shortcut: string, onClick: () => void, text: ReactNode, testId: string) => (
    <button
      type="button"
      className="tool-btn"
      aria-pressed={pressed}
      title={`${label} (${shortcut})`}
      data-testid={testId}
      // Keeps the editor's selection: a mouse press on a button would otherwise move focus first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  return (
    <div className="note-toolbar-wrap">
      <div className="note-toolbar" role="toolbar" aria-label={labels.toolbar}>
        <div className="tool-group">
          {toggle(formats.bold, labels.bold, 'Ctrl+B', () => format('bold'), <b>B</b>, 'tool-bold')}
          {toggle(formats.italic, labels.italic, 'Ctrl+I', () => format('italic'), <i>I</i>, 'tool-italic')}
          {toggle(formats.underline, labels.underline, 'Ctrl+U', () => format('underline'), <u>U</u>, 'tool-underline')}
        </div>
        <div className="tool-group">
          {toggle(formats.block === 'h1', labels.h1, 'Ctrl+Alt+1', () => block('h1'), 'H1', 'tool-h1')}
          {toggle(formats.block === 'h2', labels.h2, 'Ctrl+Alt+2', () => block('h2'), 'H2', 'tool-h2')}
          {toggle(formats.block === 'quote', labels.quote, 'Ctrl+Shift+9', () => block('quote'), '❝', 'tool-quote')}
          {toggle(formats.block === 'bullet', labels.bullet, 'Ctrl+Shift+8', () => block('bullet'), '•≡', 'tool-bullet')}
          {toggle(formats.block === 'number', labels.number, 'Ctrl+Shift+7', () => block('number'), '1.≡', 'tool-number')}
          {toggle(formats.link !== null, labels.link, 'Ctrl+Shift+K', () => setLinkOpen((o) => !o), <Icon name="link" />, 'tool-link')}
        </div>
        {extra && <div className="tool-group">{extra}</div>}
      </div>
      {linkOpen && (
        <LinkForm
          labels={labels}
          initialUrl={formats.link ?? 'https://'}
          canRemove={formats.link !== null}
          onApply={(url) => {
            applyLink(editor, url);
            setLinkOpen(false);
            editor.focus();
          }}
          onRemove={() => {
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
            setLinkOpen(false);
            editor.focus();
          }}
          onCancel={() => {
            setLinkOpen(false);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}
