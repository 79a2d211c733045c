import type { CoreState } from '../../ops/context';
import { NoteThread } from './noteThread';
import type { StoredDoc } from './noteProtocol';

const threads = new WeakMap<CoreState, NoteThread>();

/** The core's note thread; the built one sits beside the built import worker. */
export function coreNoteThread(state: CoreState): NoteThread {
  let thread = threads.get(state);
  if (!thread) {
    const workerHref = state.importWorkerHref ? new URL('./noteWorker.js', state.importWorkerHref).href : undefined;
    threads.set(state, (thread = new NoteThread({ workerHref })));
  }
  return thread;
}

/** Notes up to this much JSON get their document as they are imported; a longer one gets it on its first open. */
export const BUILD_ON_IMPORT_CHARS = 256 * 1024;

/**
 * The Yjs document of a note just made (an import), so its first open need not build one; null
 * when the note is long (its first open builds it) or the thread could not make it.
 */
export async function documentOf(state: CoreState, stored: StoredDoc & { json: string }): Promise<Uint8Array | null> {
  if (stored.json.length > BUILD_ON_IMPORT_CHARS) return null;
  try {
    const outcome = await coreNoteThread(state).run({ kind: 'build', stored });
    return outcome.status === 'done' ? outcome.note.state : null;
  } catch {
    return null;
  }
}
