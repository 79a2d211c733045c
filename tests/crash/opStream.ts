import { evidenceBuilders } from './evidenceBuilders';
import { journeyBuilders } from './journeyBuilders';
import type { PlanContext, PlannedOp } from './plan';
import type { Rng } from './prng';
import type { Model } from './snapshot';

export type { Expect, PlannedOp } from './plan';

/** One random, valid mutating operation on the project as it is now, or null if none applies. */
export function planOperation(m: Model, rng: Rng, serial: number): PlannedOp | null {
  const ctx: PlanContext = {
    m,
    rng,
    name: (what) => `${what} ${rng.word()} ${serial}`,
    sentence: () => `${rng.word()} ${rng.word()} ${rng.word()} ${serial}.`,
  };
  const builders = [...evidenceBuilders(ctx, serial), ...journeyBuilders(ctx)];
  for (let attempt = 0; attempt < 10; attempt++) {
    const open = builders.filter((b) => b.weight > 0);
    let roll = rng.next() * open.reduce((sum, b) => sum + b.weight, 0);
    const chosen = open.find((b) => (roll -= b.weight) < 0) ?? open[open.length - 1]!;
    const planned = chosen.build();
    if (planned) return planned;
  }
  // A new, empty project has little to act on and most rolls find nothing: then every kind is
  // tried in turn, so a run never stops for want of a lucky roll (creating a persona always applies).
  for (const builder of builders) {
    const planned = builder.weight > 0 ? builder.build() : null;
    if (planned) return planned;
  }
  return null;
}
