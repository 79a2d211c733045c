import { deleteAxis, moveAxis } from '../store/journeyAxis';
import { addLane, updateLane } from '../store/journeyLaneStore';
import { addStage, renameStage } from '../store/journeyStageStore';
import type { HandlerTable } from './context';
import { edited } from './journeyEdit';

export const journeyGridOps: HandlerTable<
  | 'stage.add'
  | 'stage.update'
  | 'stage.move'
  | 'stage.delete'
  | 'lane.add'
  | 'lane.update'
  | 'lane.move'
  | 'lane.delete'
> = {
  'stage.add': (db, { mapId, name, index }) => edited(addStage(db, mapId, name, index)),
  'stage.update': (db, { id, name }) => edited(id, renameStage(db, id, name)),
  'stage.move': (db, { id, index }) => edited(id, moveAxis(db, 'journey_stages', id, index)),
  'stage.delete': (db, { id }) => edited(id, deleteAxis(db, 'journey_stages', id)),
  'lane.add': (db, { mapId, name, kind, index }) => edited(addLane(db, mapId, { name, kind }, index)),
  'lane.update': (db, { id, ...patch }) => edited(id, updateLane(db, id, patch)),
  'lane.move': (db, { id, index }) => edited(id, moveAxis(db, 'journey_lanes', id, index)),
  'lane.delete': (db, { id }) => edited(id, deleteAxis(db, 'journey_lanes', id)),
};
