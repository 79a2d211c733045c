import type { Database } from 'better-sqlite3';
import type { JourneyChange } from '../../../shared/schema/journey';
import { loadJourneyMap } from '../store/journeyLoad';

/** Changes inside a map answer with the whole map, so the view never patches its copy by hand. */
export const journeyChange = (db: Database, changedId: string, mapId: string): JourneyChange => ({ changedId, map: loadJourneyMap(db, mapId) });
