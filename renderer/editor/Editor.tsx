import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { ComponentProps, ReactNode } from 'react';
import { isSafeNoteUrl, noteNodes } from '../../shared/notes/noteNodes';
import { syncChangedNodesOnly } from '../../shared/notes/syncChangedNodesOnly';
import { editorTheme } from './editorTheme';
import { SafePastePlugin } from './plugins/SafePastePlugin';
import './editor.css';

syncChangedNodesOnly();

interface EditorProps {
  /** Accessible name of the writing area. */
  label: string;
  placeholder: string;
  /** Toolbar above the text and plugins that load, save and decorate it. */
  children?: ReactNode;
  toolbar?: ReactNode;
  testId?: string;
  /** Whether a highlight id is one of this note's: cut and pasted back, its words keep the highlight. */
  isHighlight?: ((id: string) => boolean) | null;
  /**
   * The note's Yjs document and its provider: the text then comes from, and goes to, the document,
   * and undo is Yjs' own, of this window's changes only. Without it the editor keeps its own history.
   */
  collaboration?: { id: string; providerFactory: ComponentProps<typeof CollaborationPlugin>['providerFactory'] };
}

const NAMESPACE = 'journey-notes';

const onError = (error: Error) => {
  // A broken update must not take the page with it; the boundary shows the last good state.
  console.error(error);
};

/**
 * The note editor: exactly the shared note nodes, so what it saves is what the core accepts.
 * With `collaboration` its text is the note's Yjs document, which the core makes (from plain text
 * for a stored note it cannot read), so the editor starts empty, takes no keys until the document
 * is in (the caller makes it editable), and never seeds one itself.
 */
export function Editor({ label, placeholder, children, toolbar, testId = 'notes-editor', isHighlight = null, collaboration }: EditorProps) {
  const editor = (
    <LexicalComposer initialConfig={{ namespace: NAMESPACE, nodes: noteNodes, theme: editorTheme, onError, editorState: null, editable: !collaboration }}>
      <div className="note-editor">
        {toolbar}
        <div className="note-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="note-content"
                data-testid={testId}
                aria-label={label}
                aria-placeholder={placeholder}
                placeholder={<p className="note-placeholder">{placeholder}</p>}
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {collaboration ? <CollaborationPlugin id={collaboration.id} providerFactory={collaboration.providerFactory} shouldBootstrap={false} /> : <HistoryPlugin />}
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeNoteUrl} />
        <SafePastePlugin namespace={NAMESPACE} isHighlight={isHighlight} />
        {children}
      </div>
    </LexicalComposer>
  );
  return collaboration ? <LexicalCollaboration>{editor}</LexicalCollaboration> : editor;
}
