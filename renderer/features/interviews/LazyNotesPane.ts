import { lazyWithPreload } from 'react-lazy-with-preload';

/**
 * The note editor (Lexical) is a separate chunk, so opening a project does not wait for it. The
 * interview list preloads it as it mounts; once it is here the page renders it directly. A plain
 * `lazy` would suspend even then, and React holds a suspended screen back for up to 300 ms.
 */
export const LazyNotesPane = lazyWithPreload(() => import('./NotesPane').then((m) => ({ default: m.NotesPane })));
