import { lazyWithPreload } from 'react-lazy-with-preload';
import { whenIdle } from '../../app/whenIdle';

/**
 * Sections a project does not need to show its first screen are separate chunks, so opening a
 * project parses only what it draws. They are fetched while the studio sits idle afterwards, and
 * a fetched section renders at once: a plain `lazy` would suspend anyway, and React holds a
 * suspended screen back for up to 300 ms.
 */
export const EvidenceBoard = lazyWithPreload(() => import('../evidence/EvidenceBoard').then((m) => ({ default: m.EvidenceBoard })));
export const JourneysPanel = lazyWithPreload(() => import('../journeys/JourneysPanel').then((m) => ({ default: m.JourneysPanel })));
export const SearchPanel = lazyWithPreload(() => import('../search/SearchPanel').then((m) => ({ default: m.SearchPanel })));

/** Fetches every lazy section once the page has nothing better to do; a failure is retried on use. */
export function prefetchSections(extra: Array<() => Promise<unknown>> = []): () => void {
  const all = [...extra, EvidenceBoard.preload, JourneysPanel.preload, SearchPanel.preload];
  let cancel = whenIdle(function next() {
    const load = all.shift();
    if (!load) return;
    load().catch(() => undefined);
    cancel = whenIdle(next);
  });
  return () => cancel();
}
