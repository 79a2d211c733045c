let pending = 0;
const waiting = new Set<() => void>();

/** Counts a request (to the core, or for a chunk of the studio's code) as in flight until it settles; passes it on unchanged. */
export function countInFlight<T>(request: Promise<T>): Promise<T> {
  pending++;
  const settle = () => {
    pending--;
    if (pending > 0) return;
    const due = [...waiting];
    waiting.clear();
    for (const run of due) run();
  };
  request.then(settle, settle);
  return request;
}

export const requestsInFlight = (): number => pending;

/** Runs `run` once no counted request is waiting for its answer (now, if none is); returns the cancel. */
export function whenNoRequests(run: () => void): () => void {
  if (pending === 0) {
    run();
    return () => {};
  }
  waiting.add(run);
  return () => waiting.delete(run);
}
