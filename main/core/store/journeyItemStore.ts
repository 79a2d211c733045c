import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { defaultItemColour } from '../../../shared/journey/itemColours';
import type { LaneKind } from '../../../shared/journey/journeyTemplates';
import type { Kpi } from '../../../shared/schema/journey';
import { AppFailure } from '../appFailure';
import { placeInCell } from './placeInCell';
import { axisRow } from './journeyAxis';
import { laneKind } from './journeyLaneStore';
import { cachedStatement } from './cachedStatement';

interface ItemPlace {
  id: string;
  map_id: string;
  stage_id: string;
  lane_id: string;
  position: number;
}

export interface ItemValues {
  owner?: string | null | undefined;
  channelId?: string | null | undefined;
  kpi?: Kpi | null | undefined;
}

/** A live note of a live map; its stage or lane may be deleted (the note is then hidden with it). */
export function itemPlace(db: Database, id: string): ItemPlace {
  const row = cachedStatement(db,
      `SELECT i.id, i.map_id, i.stage_id, i.lane_id, i.position FROM journey_items i
       JOIN journey_maps m ON m.id = i.map_id AND m.deleted_at IS NULL
       WHERE i.id = ? AND i.deleted_at IS NULL`,
    )
    .get(id) as ItemPlace | undefined;
  if (!row) throw new AppFailure('not_found', { what: `note ${id}` });
  return row;
}

/**
 * A cell is a live stage and a live lane of the same map. The emotions lane holds the curve's
 * scores, not sticky notes: a note there would be stored but never shown.
 */
function cell(db: Database, stageId: string, laneId: string): { mapId: string; kind: LaneKind } {
  const stage = axisRow(db, 'journey_stages', stageId);
  const lane = axisRow(db, 'journey_lanes', laneId);
  if (stage.map_id !== lane.map_id) throw new AppFailure('invalid_input', { details: 'journey.cellMismatch' });
  const kind = laneKind(db, laneId);
  if (kind === 'emotions') throw new AppFailure('invalid_input', { details: 'journey.emotionsLaneNoNotes' });
  return { mapId: stage.map_id, kind };
}

/** A channel belongs on a channel or touchpoint note, a measure on a KPI note. */
function checkValues(kind: LaneKind, values: ItemValues): void {
  if (values.channelId && kind !== 'channels' && kind !== 'touchpoints') {
    throw new AppFailure('invalid_input', { details: 'journey.channelLaneOnly' });
  }
  if (values.kpi && kind !== 'kpis') throw new AppFailure('invalid_input', { details: 'journey.kpiLaneOnly' });
}

const kpiColumns = (kpi: Kpi | null) => [kpi?.metric ?? null, kpi?.label ?? null, kpi?.unit ?? null, kpi?.target ?? null, kpi?.actual ?? null];

const ownerValue = (owner: string | null | undefined) => (owner ? owner : null);

export function createItem(
  db: Database,
  item: { stageId: string; laneId: string; text: string; colour?: string | undefined; index?: number | undefined } & ItemValues,
): { id: string; mapId: string } {
  const { mapId, kind } = cell(db, item.stageId, item.laneId);
  checkValues(kind, item);
  const id = randomUUID();
  const now = new Date().toISOString();
  cachedStatement(db,
    `INSERT INTO journey_items (id, map_id, stage_id, lane_id, text, colour, owner, channel_id,
       kpi_metric, kpi_label, kpi_unit, kpi_target, kpi_actual, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    mapId,
    item.stageId,
    item.laneId,
    item.text,
    item.colour ?? defaultItemColour,
    ownerValue(item.owner),
    item.channelId ?? null,
    ...kpiColumns(item.kpi ?? null),
    0,
    now,
    now,
  );
  placeInCell(db, item.stageId, item.laneId, id, item.index);
  return { id, mapId };
}

export function updateItem(db: Database, id: string, patch: { text?: string | undefined; colour?: string | undefined } & ItemValues): string {
  const place = itemPlace(db, id);
  checkValues(laneKind(db, place.lane_id), patch);
  const now = new Date().toISOString();
  const sets: string[] = [];
  const values: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    values.push(value);
  };
  // Only the columns given are written, so moving or recolouring a note leaves its search entry alone.
  if (patch.text !== undefined) set('text', patch.text);
  if (patch.colour !== undefined) set('colour', patch.colour);
  if (patch.owner !== undefined) set('owner', ownerValue(patch.owner));
  if (patch.channelId !== undefined) set('channel_id', patch.channelId);
  if (patch.kpi !== undefined) {
    const [metric, label, unit, target, actual] = kpiColumns(patch.kpi);
    set('kpi_metric', metric);
    set('kpi_label', label);
    set('kpi_unit', unit);
    set('kpi_target', target);
    set('kpi_actual', actual);
  }
  if (sets.length) {
    cachedStatement(db, `UPDATE journey_items SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
  }
  return place.map_id;
}

/**
 * To another cell and/or place. A note keeps its channel or measure when it leaves a channel or
 * KPI lane, so dragging it back loses nothing.
 */
export function moveItem(db: Database, id: string, to: { stageId?: string | undefined; laneId?: string | undefined; index?: number | undefined }): string {
  const place = itemPlace(db, id);
  const stageId = to.stageId ?? place.stage_id;
  const laneId = to.laneId ?? place.lane_id;
  const { mapId } = cell(db, stageId, laneId);
  if (mapId !== place.map_id) throw new AppFailure('invalid_input', { details: 'journey.cellMismatch' });
  const leaves = stageId !== place.stage_id || laneId !== place.lane_id;
  // The cell left keeps its order with a gap where the note was: nothing else there is written.
  placeInCell(db, stageId, laneId, id, to.index, leaves ? new Date().toISOString() : undefined);
  return mapId;
}

export function deleteItem(db: Database, id: string): string {
  const place = itemPlace(db, id);
  const now = new Date().toISOString();
  cachedStatement(db, 'UPDATE journey_items SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  return place.map_id;
}
