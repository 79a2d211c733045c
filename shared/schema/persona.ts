import { z } from 'zod';
import { Id, IsoDate, Name } from './common';

export const Persona = z.object({
  id: Id,
  name: Name,
  position: z.number().int().nonnegative(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Persona = z.infer<typeof Persona>;

export const PersonaCreateInput = z.object({ name: Name }).strict();
export const PersonaRenameInput = z.object({ id: Id, name: Name }).strict();
export const PersonaIdInput = z.object({ id: Id }).strict();
/** The complete new order: every live persona id exactly once. */
export const PersonaReorderInput = z
  .object({ ids: z.array(Id).max(10_000) })
  .strict()
  .refine((v) => new Set(v.ids).size === v.ids.length, 'ids_duplicate');
