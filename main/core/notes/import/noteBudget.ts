import { MAX_NOTES_JSON_CHARS } from '../../../../shared/schema/notes';
import { AppFailure } from '../../appFailure';

/** Blocks a note may hold, as the notes schema caps any node's children. */
export const MAX_NOTE_BLOCKS = 200_000;

/** The fewest characters a node's JSON takes beside its text: what the budget may count without overcounting. */
export const NODE_JSON_CHARS = 60;

/**
 * Counts what a note being built will weigh, low rather than high, so an import that could never
 * be saved is refused as soon as that is certain instead of after building all of it.
 */
export class NoteBudget {
  private chars = 0;
  private blocks = 0;

  /** One more block at the note's top level. */
  block(): void {
    this.blocks += 1;
    if (this.blocks > MAX_NOTE_BLOCKS) throw tooLong();
    this.spend(0);
  }

  /** One more node of any kind, holding `text` characters of text. */
  spend(text: number): void {
    this.chars += NODE_JSON_CHARS + text;
    if (this.chars > MAX_NOTES_JSON_CHARS) throw tooLong();
  }
}

export const tooLong = () => new AppFailure('invalid_input', { details: 'import.noteTooLong' });
