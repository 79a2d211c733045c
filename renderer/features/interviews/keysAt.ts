/**
 * Where the keyboard is, seen from a note whose editor is about to go or to lose a control: fallen
 * to the page, in the editor, in the note's own toolbar, link form or popovers, or elsewhere (the
 * details form, the header).
 */
export function keysAt(editorRoot: HTMLElement | null | undefined): 'lost' | 'editor' | 'pane' | 'elsewhere' {
  const active = document.activeElement;
  if (!active || active === document.body) return 'lost';
  if (editorRoot?.contains(active)) return 'editor';
  if (editorRoot?.closest('.notes-pane')?.contains(active)) return 'pane';
  return 'elsewhere';
}
