import { z } from 'zod';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES } from '../notes/importLimits';
import { Id, IsoDate, Name } from './common';
import { plainText } from './plainText';
import { NotesChanges, NotesDocument, NotesPayload } from './notes';

const ShortText = plainText(z.string().trim().max(500), 'one');

export const InterviewFields = z.object({
  title: Name,
  participant: ShortText,
  /** Local date and time the interview began, as typed: "2026-11-24T10:30". */
  startedAt: z.iso.datetime({ local: true }).nullable(),
  durationMin: z.number().int().min(0).max(24 * 60).nullable(),
  place: ShortText,
  personaIds: z.array(Id).max(100),
  consent: z.boolean(),
  consentNote: plainText(z.string().max(2000), 'several'),
});

export const InterviewSummary = InterviewFields.extend({
  id: Id,
  highlightCount: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type InterviewSummary = z.infer<typeof InterviewSummary>;

export const Interview = InterviewSummary.extend({
  /** null for a new interview, or when the stored note could not be read as an editor state. */
  notes: NotesDocument.nullable(),
  /** The note's plain text; what the editor shows, with a warning, when `notesReadable` is false. */
  notesText: z.string(),
  notesReadable: z.boolean(),
  notesVersion: z.number().int().nonnegative(),
});
export type Interview = z.infer<typeof Interview>;

export const InterviewCreateInput = InterviewFields.partial().extend({ title: Name }).strict();
export const InterviewUpdateInput = InterviewFields.partial().extend({ id: Id }).strict();
export const InterviewIdInput = z.object({ id: Id }).strict();

/** The whole note (`notes`), or what changed since `baseVersion` (`changes`): one of the two. */
export const NotesSaveInput = z
  .object({
    id: Id,
    notes: NotesPayload.optional(),
    changes: NotesChanges.optional(),
    /** The version the editor started from; a mismatch means another window saved in between. */
    baseVersion: z.number().int().nonnegative(),
  })
  .strict()
  .refine((input) => (input.notes === undefined) !== (input.changes === undefined), 'notes_or_changes');

export const NotesSaved = z.object({
  notesVersion: z.number().int().nonnegative(),
  savedAt: IsoDate,
  wordCount: z.number().int().nonnegative(),
  detachedHighlightIds: z.array(Id),
});

export { IMPORT_FORMATS, MAX_IMPORT_BYTES };

export const InterviewImportInput = z
  .object({
    fileName: plainText(z.string().trim().min(1).max(255), 'one'),
    /** base64 of the file's bytes */
    content: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'import_too_large')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64_invalid'),
  })
  .strict();
