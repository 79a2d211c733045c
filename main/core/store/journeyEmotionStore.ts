import type { Database } from 'better-sqlite3';
import { AppFailure } from '../appFailure';
import { axisRow } from './journeyAxis';
import { journeyMapRow } from './journeyMapRow';
import { mapPersonaIds } from './journeyMapStore';
import { cachedStatement } from './cachedStatement';

/** One score per stage and persona; a null score clears it. Returns the map id. */
export function setEmotion(db: Database, e: { stageId: string; personaId: string; score: number | null; note?: string | undefined }): string {
  const { map_id: mapId } = axisRow(db, 'journey_stages', e.stageId);
  if (!mapPersonaIds(db, mapId).includes(e.personaId)) throw new AppFailure('invalid_input', { details: 'journey.personaNotOnMap' });
  const now = new Date().toISOString();
  if (e.score === null) {
    cachedStatement(db, 'DELETE FROM journey_emotions WHERE stage_id = ? AND persona_id = ?').run(e.stageId, e.personaId);
  } else {
    // The schema caps scores at ±5; only the core knows this map's own scale.
    const { scale } = journeyMapRow(db, mapId);
    if (Math.abs(e.score) > scale) throw new AppFailure('invalid_input', { details: scale === 2 ? 'journey.scoreOutOfRange2' : 'journey.scoreOutOfRange5' });
    cachedStatement(db,
      `INSERT INTO journey_emotions (stage_id, persona_id, map_id, score, note, updated_at) VALUES (?, ?, ?, ?, coalesce(?, ''), ?)
       ON CONFLICT (stage_id, persona_id) DO UPDATE SET score = excluded.score, note = coalesce(?, note), updated_at = excluded.updated_at`,
    ).run(e.stageId, e.personaId, mapId, e.score, e.note ?? null, now, e.note ?? null);
  }
  return mapId;
}
