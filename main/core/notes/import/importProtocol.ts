import { z } from 'zod';
import { errorCodes } from '../../../../shared/result';

/** What the writer hands the import worker: the file as it came, its bytes still in base64. */
export interface ImportJob {
  fileName: string;
  content: string;
}

/**
 * The import worker's one answer: the finished note as the interviews table stores it (checked
 * against the notes schema and read for its text in the worker, so the writer only inserts it),
 * or a refusal's code and params.
 */
export const ImportReply = z.discriminatedUnion('ok', [
  z
    .object({
      ok: z.literal(true),
      title: z.string().max(255),
      notesJson: z.string(),
      text: z.string(),
      words: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ ok: z.literal(false), code: z.enum(errorCodes), params: z.record(z.string(), z.union([z.string(), z.number()])) }).strict(),
]);
export type ImportReply = z.infer<typeof ImportReply>;
