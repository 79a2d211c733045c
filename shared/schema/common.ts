import { z } from 'zod';
import { plainText } from './plainText';

/** Entity ids are random UUIDs. The core makes them, except for a highlight, whose id the editor
 * needs in the note before the save that creates it. Ids are stored in lower case; one in capitals
 * is the same id and is read as such, so it finds what it names. */
export const Id = z.uuid().toLowerCase();

export const Lang = z.enum(['pl', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** A display name: trimmed, one line, not empty, short enough for a sticky note or a title bar. */
export const Name = plainText(z.string().trim().min(1, 'name_empty').max(200, 'name_too_long'), 'one');

/** A path on the local disk as the user typed or picked it. */
export const FilePath = z.string().min(1).max(4096).refine((s) => !s.includes('\u0000'), 'path_nul');

export const IsoDate = z.iso.datetime({ offset: true });

export const Empty = z.object({}).strict();
