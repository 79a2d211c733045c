import type { OpName } from '../../shared/operations';
import type { Rng } from './prng';
import type { Model } from './snapshot';

/** How the checker recognises, after a kill, that an operation that was never answered did commit. */
export type Expect =
  | { kind: 'eq'; key: string; fields: Record<string, unknown> }
  | { kind: 'absent'; key: string }
  | { kind: 'new'; prefix: string; fields: Record<string, unknown> }
  | { kind: 'gt'; key: string; field: string; value: number }
  /** The fact holds exactly this value (null: it is gone), as an undo or redo puts it back. */
  | { kind: 'fact'; key: string; value: string | null };

export interface PlannedOp {
  op: OpName;
  input: unknown;
  /** All of these hold once the operation committed. */
  expect: Expect[];
  /** Key prefixes the operation may change (itself or by cascade). */
  domains: string[];
}


export type Builder = { weight: number; build: () => PlannedOp | null };

/** What every builder draws on: the project as read back, the generator, and fresh names. */
export interface PlanContext {
  m: Model;
  rng: Rng;
  /** A name not used before in this run: "Persona kalo 12". */
  name(what: string): string;
  sentence(): string;
}

/** Kept small so reading the whole project back after every operation stays cheap. */
export const caps = { personas: 10, interviews: 6, tags: 10, highlights: 18, maps: 3, stages: 8, lanes: 13, items: 24 };

export const sorted = (ids: readonly string[]) => [...ids].sort();

export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
