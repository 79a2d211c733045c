import { deleteAxis, moveAxis, restoreAxis } from '../store/journeyAxis';
import { addLane, updateLane } from '../store/journeyLaneStore';
import { loadJourneyMap } from '../store/journeyLoad';
import { addStage, renameStage } from '../store/journeyStageStore';
import type { HandlerTable } from './context';
import { journeyChange } from './journeyChange';

export const journeyGridOps: HandlerTable<
  | 'stage.add'
  | 'stage.update'
  | 'stage.move'
  | 'stage.delete'
  | 'stage.restore'
  | 'lane.add'
  | 'lane.update'
  | 'lane.move'
  | 'lane.delete'
  | 'lane.restore'
> = {
  'stage.add': (db, { mapId, name, index }) => ({ changedId: addStage(db, mapId, name, index), map: loadJourneyMap(db, mapId) }),
  'stage.update': (db, { id, name }) => journeyChange(db, id, renameStage(db, id, name)),
  'stage.move': (db, { id, index }) => journeyChange(db, id, moveAxis(db, 'journey_stages', id, index)),
  'stage.delete': (db, { id }) => journeyChange(db, id, deleteAxis(db, 'journey_stages', id)),
  'stage.restore': (db, { id }) => journeyChange(db, id, restoreAxis(db, 'journey_stages', id)),
  'lane.add': (db, { mapId, name, kind, index }) => ({ changedId: addLane(db, mapId, { name, kind }, index), map: loadJourneyMap(db, mapId) }),
  'lane.update': (db, { id, ...patch }) => journeyChange(db, id, updateLane(db, id, patch)),
  'lane.move': (db, { id, index }) => journeyChange(db, id, moveAxis(db, 'journey_lanes', id, index)),
  'lane.delete': (db, { id }) => journeyChange(db, id, deleteAxis(db, 'journey_lanes', id)),
  'lane.restore': (db, { id }) => journeyChange(db, id, restoreAxis(db, 'journey_lanes', id)),
};
