import type { EditorThemeClasses } from 'lexical';

/** Class names only: the content security policy forbids inline styles in markup, so looks live in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'note-paragraph',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3' },
  quote: 'note-quote',
  list: {
    ul: 'note-ul',
    ol: 'note-ol',
    listitem: 'note-li',
    nested: { listitem: 'note-li-nested' },
  },
  link: 'note-link',
  mark: 'note-mark',
  markOverlap: 'note-mark-overlap',
  text: {
    bold: 'note-bold',
    italic: 'note-italic',
    underline: 'note-underline',
    code: 'note-code',
    strikethrough: 'note-strike',
    underlineStrikethrough: 'note-underline-strike',
  },
};
