/**
 * The core wants every live id exactly once. An undo may replay an order recorded before other
 * personas were added or deleted, so the recorded order is fitted onto what exists now.
 */
export function fitOrder(wanted: readonly string[], live: readonly string[]): string[] {
  const liveSet = new Set(live);
  const kept = wanted.filter((id) => liveSet.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...live.filter((id) => !keptSet.has(id))];
}

/** Moves one id by `delta` places, clamped to the list; returns null when it cannot move. */
export function moveId(ids: readonly string[], id: string, delta: number): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = Math.max(0, Math.min(ids.length - 1, from + delta));
  if (to === from) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Places `id` just before or after `targetId`, as a drop on the upper or lower half of a row does. */
export function placeId(ids: readonly string[], id: string, targetId: string, where: 'before' | 'after'): string[] | null {
  if (id === targetId) return null;
  const next = ids.filter((x) => x !== id);
  const at = next.indexOf(targetId);
  if (at < 0) return null;
  next.splice(where === 'before' ? at : at + 1, 0, id);
  return next.every((x, i) => x === ids[i]) ? null : next;
}
