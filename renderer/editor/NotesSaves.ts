import type { EditorState } from 'lexical';
import type { NotesChanges } from '../../shared/schema/notes';
import { isApiError } from '../transport/ApiError';
import type { SaveAnswer } from './NotesAutosaver';
import type { NotesSerializer, NotesSnapshot } from './NotesSerializer';

export type NotesSave = { notes: string } | { changes: NotesChanges };

/** Hands one save to the core: `interview.saveNotes` without the interview's id. */
export type SendSave = (save: NotesSave & { baseVersion: number }) => Promise<SaveAnswer>;

/**
 * What each save of one opened note sends: the whole note, or only what changed since the save sent
 * before it when that save is exactly the version this one builds on. A version is the core's
 * promise that the note is what was sent for it; any failure breaks the chain, and the next save
 * sends the whole note again.
 */
export class NotesSaves {
  private sent: { version: number; snapshot: NotesSnapshot } | null = null;

  constructor(private readonly serializer: NotesSerializer) {}

  async send(state: EditorState, baseVersion: number, send: SendSave): Promise<SaveAnswer> {
    const save = this.build(state, baseVersion);
    try {
      return await send({ ...save, baseVersion });
    } catch (e) {
      this.sent = null;
      // The core's copy of the note is not the one the changes were made against: the whole note settles it.
      if ('changes' in save && isApiError(e) && e.code === 'invalid_input') return this.send(state, baseVersion, send);
      throw e;
    }
  }

  private build(state: EditorState, baseVersion: number): NotesSave {
    const base = this.sent?.version === baseVersion ? this.sent.snapshot : null;
    const save = base ? { changes: this.serializer.changesSince(state, base) } : { notes: this.serializer.serialize(state) };
    this.sent = { version: baseVersion + 1, snapshot: this.serializer.snapshot };
    return save;
  }
}
