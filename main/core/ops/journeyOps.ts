import { copyJourneyMap } from '../store/journeyCopy';
import { loadJourneyMap } from '../store/journeyLoad';
import { journeyMapRow } from '../store/journeyMapRow';
import {
  createJourneyMap,
  deleteJourneyMap,
  journeySummary,
  listJourneyMaps,
  updateJourneyMap,
} from '../store/journeyMapStore';
import type { HandlerTable } from './context';

const FUTURE_SUFFIX = { pl: ' (docelowa)', en: ' (future)' } as const;

/** "Map name (future)", cut so the whole name still fits the 200 characters a name may have. */
function futureName(name: string, lang: 'pl' | 'en'): string {
  const suffix = FUTURE_SUFFIX[lang];
  return [...name].slice(0, 200 - suffix.length).join('').trimEnd() + suffix;
}

/**
 * Only journey.get reads a whole map, for a view's first load. Writes answer the map's summary;
 * what they changed inside it travels in the change set.
 */
export const journeyOps: HandlerTable<
  | 'journey.list'
  | 'journey.get'
  | 'journey.create'
  | 'journey.update'
  | 'journey.delete'
  | 'journey.createFuture'
> = {
  'journey.list': (db) => listJourneyMaps(db),
  'journey.get': (db, { id }) => loadJourneyMap(db, id),
  'journey.create': (db, { lang, ...map }, state) => journeySummary(db, createJourneyMap(db, { ...map, lang: lang ?? state.lang() })),
  'journey.update': (db, { id, ...patch }) => {
    updateJourneyMap(db, id, patch);
    return journeySummary(db, id);
  },
  'journey.delete': (db, { id }) => deleteJourneyMap(db, id),
  'journey.createFuture': (db, { id, name }) => {
    const source = journeyMapRow(db, id);
    return journeySummary(db, copyJourneyMap(db, id, name ?? futureName(source.name, source.lang)));
  },
};
