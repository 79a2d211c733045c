import { z } from 'zod';
import { errorCodes } from '../../../../shared/result';

/** What the stored document of a note is, when the note thread does not hold it already. */
export interface StoredDoc {
  /** The Yjs state, or null for a note from before Yjs (then `json` is its editor state, or null for none). */
  state: Uint8Array | null;
  json: string | null;
  /** The note's plain text: what a note whose JSON cannot be read is made of. */
  text: string;
}

/**
 * A request to the note thread. `update` merges a window's Yjs update into the note `key` names
 * (project and interview), in the document of `epoch`; without `stored` the thread answers
 * `missing` when it does not hold that document. `build` makes a document from a stored note.
 */
export type NoteJob =
  | { id: number; kind: 'update'; key: string; epoch: number; update: Uint8Array; stored?: StoredDoc }
  | { id: number; kind: 'build'; stored: StoredDoc };

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array);

/** The note as the interviews table keeps it, derived from its document, with where each highlight's mark lies. */
export const DerivedNote = z
  .object({
    state: Bytes,
    notesJson: z.string(),
    text: z.string(),
    words: z.number().int().nonnegative(),
    marks: z.array(z.tuple([z.string(), z.number().int().nonnegative(), z.number().int().nonnegative()])),
  })
  .strict();
export type DerivedNote = z.infer<typeof DerivedNote>;

export const NoteReply = z.discriminatedUnion('status', [
  z.object({ id: z.number(), status: z.literal('done'), note: DerivedNote }).strict(),
  z.object({ id: z.number(), status: z.literal('missing') }).strict(),
  z.object({ id: z.number(), status: z.literal('refused'), code: z.enum(errorCodes), params: z.record(z.string(), z.union([z.string(), z.number()])) }).strict(),
]);
export type NoteReply = z.infer<typeof NoteReply>;
