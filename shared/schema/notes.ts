import { z } from 'zod';
import { NOTES_FORMAT, NOTES_VERSION } from '../notes/notesFormat';
import { Id, IsoDate } from './common';

/** Caps what a single note may weigh: far above a day of typing, far below what hurts the UI. */
export const MAX_NOTES_JSON_CHARS = 24 * 1024 * 1024;

/** A serialized Lexical node: only the shape the core relies on is checked, the rest passes through. */
export interface LexicalNodeJson {
  type: string;
  children?: LexicalNodeJson[];
  text?: string;
  [key: string]: unknown;
}

const LexicalNode: z.ZodType<LexicalNodeJson> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      children: z.array(LexicalNode).max(200_000).optional(),
      text: z.string().optional(),
    })
    .loose(),
);

/** Lists in lists nest a note this deep at most; checking anything much deeper node by node runs out of stack. */
export const MAX_NOTE_DEPTH = 100;

/** Whether a node's children nest no deeper than MAX_NOTE_DEPTH; a loop, so a tampered note of any depth can be asked. */
function nestsWithin(node: unknown): boolean {
  const stack: Array<[unknown, number]> = [[node, 0]];
  while (stack.length) {
    const [next, depth] = stack.pop()!;
    if (depth > MAX_NOTE_DEPTH) return false;
    const children = typeof next === 'object' && next !== null ? (next as { children?: unknown }).children : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

/** A node and everything under it, its depth checked before the recursive check of its shape. */
const LexicalTree = z.unknown().refine(nestsWithin, { message: 'notes_too_deep', abort: true }).pipe(LexicalNode);

export { NOTES_FORMAT, NOTES_VERSION };

/** Lexical editor state in a versioned envelope, so a future format change can be migrated. */
export const NotesDocument = z
  .object({
    format: z.literal(NOTES_FORMAT),
    version: z.literal(NOTES_VERSION),
    editorState: z.object({ root: LexicalTree }).loose(),
  })
  .strict();
export type NotesDocument = z.infer<typeof NotesDocument>;

/**
 * A note as the editor sends it: its JSON text, so the page never walks a long note to build an
 * object that would only be serialised again (the core parses it, off the page's thread), or the
 * document itself, as importers and tests write it.
 */
export const NotesPayload = z.union([
  NotesDocument,
  z
    .string()
    .max(MAX_NOTES_JSON_CHARS, 'notes_too_large')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'notes_unreadable' });
        return z.NEVER;
      }
    })
    .pipe(NotesDocument),
]);

/** The root node's own attributes (direction, format, indent …): its blocks travel separately. */
const RootAttributes = z
  .object({ type: z.literal('root') })
  .loose()
  .refine((root) => !('children' in root), 'notes_changes_misfit');

/**
 * A note as a change to the version the core holds: the root's attributes and the blocks in order,
 * each either a run of blocks kept from the stored note, `[start, count]`, or a block in full. Typing
 * into a long note then sends the paragraph being typed, not the whole note.
 */
export const NotesChanges = z
  .object({
    root: RootAttributes,
    /** How many blocks the sender believes the stored note has: a mismatch refuses the change. */
    baseBlocks: z.number().int().nonnegative().max(200_000),
    blocks: z.array(z.union([z.tuple([z.number().int().nonnegative(), z.number().int().positive()]), LexicalTree])).max(200_000),
  })
  .strict();
export type NotesChanges = z.infer<typeof NotesChanges>;

/**
 * The most one Yjs update may weigh: a 5 MB web page pasted at once (43,000 blocks) is one update,
 * larger than its JSON; a larger one is refused unread.
 */
export const MAX_NOTE_UPDATE_BYTES = 32 * 1024 * 1024;

const Base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3) + 4, 'note_update_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64_invalid');

export const NoteOpenInput = z.object({ interviewId: Id }).strict();

/** An interview's note as its Yjs document: the whole state, base64, which the editor starts from. */
/** `epoch` names the document: a note replaced whole (not edited) since is another one. */
export const NoteOpened = z.object({ interviewId: Id, state: z.string(), epoch: z.number().int().positive() });
export type NoteOpened = z.infer<typeof NoteOpened>;

/** One Yjs update to a note (typing, a mark), base64; the core merges it and derives the note's text. */
export const NoteUpdateInput = z
  .object({
    interviewId: Id,
    update: Base64(MAX_NOTE_UPDATE_BYTES).min(4, 'note_update_empty'),
    /** The document the update was made in, as note.open named it: another one refuses it. */
    epoch: z.number().int().positive().optional(),
  })
  .strict();

export const NoteUpdated = z.object({
  notesVersion: z.number().int().nonnegative(),
  savedAt: IsoDate,
  wordCount: z.number().int().nonnegative(),
  detachedHighlightIds: z.array(Id),
});
export type NoteUpdated = z.infer<typeof NoteUpdated>;
