import { z } from 'zod';
import { Id, IsoDate, Name } from './common';
import { plainText } from './plainText';
import { NotesPayload } from './notes';

export const TagColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'colour_invalid');

export const Tag = z.object({
  id: Id,
  name: Name,
  colour: TagColour,
  highlightCount: z.number().int().nonnegative(),
});
export type Tag = z.infer<typeof Tag>;

export const TagCreateInput = z.object({ name: Name, colour: TagColour.optional() }).strict();
export const TagUpdateInput = z.object({ id: Id, name: Name.optional(), colour: TagColour.optional() }).strict();
export const TagMergeInput = z
  .object({ sourceId: Id, targetId: Id })
  .strict()
  .refine((v) => v.sourceId !== v.targetId, 'merge_same_tag');

export const Highlight = z.object({
  id: Id,
  interviewId: Id,
  interviewTitle: z.string(),
  /** The words as they were when highlighted; kept even if the note changes. */
  quote: z.string(),
  /** The words the highlight covers in the note now; null once they were removed. */
  currentText: z.string().nullable(),
  detached: z.boolean(),
  tagIds: z.array(Id),
  personaIds: z.array(Id),
  createdAt: IsoDate,
});
export type Highlight = z.infer<typeof Highlight>;

export const HighlightCreateInput = z
  .object({
    id: Id,
    interviewId: Id,
    quote: plainText(z.string().trim().min(1, 'quote_empty').max(20_000, 'quote_too_long'), 'several'),
    tagIds: z.array(Id).max(50).default([]),
    /**
     * The note with the new highlight's mark applied, saved in the same transaction. The notes
     * editor sends neither: its mark travels in the note's Yjs update, sent before the highlight.
     */
    notes: NotesPayload.optional(),
    baseVersion: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((input) => (input.notes === undefined) === (input.baseVersion === undefined), 'notes_with_version');

export const HighlightListInput = z
  .object({ interviewId: Id.optional(), tagId: Id.optional(), personaId: Id.optional() })
  .strict();
export const HighlightTagsInput = z.object({ id: Id, tagIds: z.array(Id).max(50) }).strict();
export const HighlightIdInput = z.object({ id: Id }).strict();

export const SearchInput = z
  .object({ q: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) })
  .strict();

export const SearchHit = z.object({
  kind: z.enum(['interview', 'highlight', 'persona', 'map', 'item']),
  refId: Id,
  interviewId: Id.nullable(),
  /** The journey map a map or sticky-note hit opens. */
  mapId: Id.nullable(),
  title: z.string(),
  /** The snippet cut into plain and matched runs, so the UI never renders stored text as HTML. */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  /** Character offset of the first match in the note's plain text, for opening at the hit. */
  offset: z.number().int().nonnegative().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchOutput = z.object({ hits: z.array(SearchHit), tookMs: z.number() });

export const HighlightCreated = z.object({ highlight: Highlight, notesVersion: z.number().int().nonnegative(), savedAt: IsoDate });
