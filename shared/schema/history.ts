import { z } from 'zod';
import type { ChangeSet } from '../live/changeSet';

/** What a window can undo or redo next: the operations' names, or null when there is nothing. */
export const HistoryState = z.object({ undo: z.string().nullable(), redo: z.string().nullable() });
export type HistoryState = z.infer<typeof HistoryState>;

/** The answer of history.undo / history.redo: which operation was reversed or replayed, if any. */
export const HistoryStep = z.object({ op: z.string().nullable(), state: HistoryState });
export type HistoryStep = z.infer<typeof HistoryStep>;

export const ChangesSinceInput = z.object({ rev: z.number().int().nonnegative() }).strict();

/** Change sets are made by the core itself, never read from outside, so their shape is not parsed again. */
const ChangeSetValue = z.custom<ChangeSet>((v) => typeof v === 'object' && v !== null && 'rev' in v);

/** The change sets a reconnecting client missed, or `reload` when the core no longer holds them all. */
export const ChangesSince = z.discriminatedUnion('reload', [
  z.object({ reload: z.literal(false), rev: z.number().int(), changeSets: z.array(ChangeSetValue) }),
  z.object({ reload: z.literal(true), rev: z.number().int() }),
]);
export type ChangesSince = z.infer<typeof ChangesSince>;
