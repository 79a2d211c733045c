import type { NotesPane } from './NotesPane';

/**
 * The note editor (Lexical) is a separate chunk, so opening a project does not wait for it. The
 * interview list asks for it as it mounts, so it is usually here by the time an interview opens.
 */
let pending: Promise<{ default: typeof NotesPane }> | null = null;

export function loadNotesPane() {
  pending ??= import('./NotesPane').then(
    (m) => ({ default: m.NotesPane }),
    (e: unknown) => {
      // A failed download is tried again on the next request instead of being remembered.
      pending = null;
      throw e;
    },
  );
  return pending;
}
