import { lazy } from 'react';

/**
 * Sections a project does not need to show its first screen are separate chunks, so opening a
 * project parses only what it draws. They are fetched while the studio sits idle afterwards, so
 * moving to one later does not wait for the network.
 */
const loaders = {
  evidence: () => import('../evidence/EvidenceBoard').then((m) => ({ default: m.EvidenceBoard })),
  journeys: () => import('../journeys/JourneysPanel').then((m) => ({ default: m.JourneysPanel })),
  search: () => import('../search/SearchPanel').then((m) => ({ default: m.SearchPanel })),
};

export const EvidenceBoard = lazy(loaders.evidence);
export const JourneysPanel = lazy(loaders.journeys);
export const SearchPanel = lazy(loaders.search);

/** Fetches every lazy section once the page has nothing better to do; a failure is retried on use. */
export function prefetchSections(extra: Array<() => Promise<unknown>> = []): () => void {
  const all = [...extra, ...Object.values(loaders)];
  const idle = (run: () => void) =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 3_000 }) : window.setTimeout(run, 1_000);
  const cancel = (id: number) => (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback(id) : window.clearTimeout(id));
  let handle = idle(function next() {
    const load = all.shift();
    if (!load) return;
    load().catch(() => undefined);
    handle = idle(next);
  });
  return () => cancel(handle);
}
