import type { Expect } from './opStream';
import type { Facts } from './snapshot';

export interface Pending {
  serial: number;
  op: string;
  expect: Expect[];
  domains: string[];
}

export interface Verdict {
  /** The operation in flight at the kill committed, though it was never acknowledged. */
  pendingCommitted: boolean;
  /** Facts acknowledged before the kill that the reopened project does not hold. */
  problems: { key: string; expected: string | null; found: string | null }[];
}

function matches(value: string | undefined, fields: Record<string, unknown>): boolean {
  if (value === undefined) return false;
  const found = JSON.parse(value) as Record<string, unknown>;
  return Object.entries(fields).every(([k, v]) => JSON.stringify(found[k]) === JSON.stringify(v));
}

function holds(e: Expect, before: Facts, after: Facts): boolean {
  switch (e.kind) {
    case 'eq':
      return matches(after[e.key], e.fields);
    case 'absent':
      return !(e.key in after);
    case 'new':
      return Object.keys(after).some((k) => k.startsWith(e.prefix) && !(k in before) && matches(after[k], e.fields));
    case 'fact':
      return e.value === null ? !(e.key in after) : after[e.key] === e.value;
    case 'gt': {
      const v = after[e.key];
      return v !== undefined && (JSON.parse(v) as Record<string, number>)[e.field]! > e.value;
    }
  }
}

/**
 * The reopened project must hold exactly what was acknowledged. The one operation in flight at the
 * kill may have committed too: only if its own effect is there are differences allowed, and only
 * within what that operation can touch.
 */
export function verifyFacts(acknowledged: Facts, found: Facts, pending: Pending | null): Verdict {
  const differing = [...new Set([...Object.keys(acknowledged), ...Object.keys(found)])].filter((k) => acknowledged[k] !== found[k]);
  const pendingCommitted = differing.length > 0 && pending !== null && pending.expect.every((e) => holds(e, acknowledged, found));
  const unexplained = pendingCommitted ? differing.filter((k) => !pending!.domains.some((d) => k.startsWith(d))) : differing;
  return {
    pendingCommitted,
    problems: unexplained.map((key) => ({ key, expected: acknowledged[key] ?? null, found: found[key] ?? null })),
  };
}
