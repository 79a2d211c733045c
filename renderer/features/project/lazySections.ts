import { lazyWithPreload } from 'react-lazy-with-preload';
import { countInFlight } from '../../transport/requestsInFlight';
import { whenQuiet } from '../../app/whenQuiet';

/**
 * Sections a project does not need to show its first screen are separate chunks, so opening a
 * project parses only what it draws. They are fetched while the studio sits idle afterwards, and
 * a fetched section renders at once: a plain `lazy` would suspend anyway, and React holds a
 * suspended screen back for up to 300 ms.
 */
export const EvidenceBoard = lazyWithPreload(() => import('../evidence/EvidenceBoard').then((m) => ({ default: m.EvidenceBoard })));
export const JourneysPanel = lazyWithPreload(() => import('../journeys/JourneysPanel').then((m) => ({ default: m.JourneysPanel })));
export const SearchPanel = lazyWithPreload(() => import('../search/SearchPanel').then((m) => ({ default: m.SearchPanel })));

/**
 * Fetches every lazy section, one at a time, whenever the page is idle with no request in flight;
 * a failure is retried on use.
 */
export function prefetchSections(extra: Array<() => Promise<unknown>> = []): () => void {
  const all = [...extra, EvidenceBoard.preload, JourneysPanel.preload, SearchPanel.preload];
  let cancel = whenQuiet(function next() {
    const load = all.shift();
    if (!load) return;
    // Counted as in flight, so the next section waits for this one and for whatever the user asks meanwhile.
    countInFlight(load()).catch(() => undefined);
    cancel = whenQuiet(next);
  });
  return () => cancel();
}
