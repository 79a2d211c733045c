import { getHighlight } from '../store/highlightStore';
import { setEmotion } from '../store/journeyEmotionStore';
import { linkEvidence, noteTextFromQuote, unlinkEvidence } from '../store/journeyEvidenceStore';
import { createItem, deleteItem, moveItem, restoreItem, updateItem } from '../store/journeyItemStore';
import type { HandlerTable } from './context';
import { journeyChange } from './journeyChange';

export const journeyItemOps: HandlerTable<
  | 'item.create'
  | 'item.update'
  | 'item.move'
  | 'item.delete'
  | 'item.restore'
  | 'item.fromHighlight'
  | 'emotion.set'
  | 'evidence.link'
  | 'evidence.unlink'
> = {
  'item.create': (db, item) => {
    const { id, mapId } = createItem(db, item);
    return journeyChange(db, id, mapId);
  },
  'item.update': (db, { id, ...patch }) => journeyChange(db, id, updateItem(db, id, patch)),
  'item.move': (db, { id, ...to }) => journeyChange(db, id, moveItem(db, id, to)),
  'item.delete': (db, { id }) => journeyChange(db, id, deleteItem(db, id)),
  'item.restore': (db, { id }) => journeyChange(db, id, restoreItem(db, id)),
  'item.fromHighlight': (db, { highlightId, ...place }) => {
    const highlight = getHighlight(db, highlightId);
    const { id } = createItem(db, { ...place, text: noteTextFromQuote(highlight.quote) });
    return journeyChange(db, id, linkEvidence(db, id, highlightId));
  },
  'emotion.set': (db, emotion) => journeyChange(db, emotion.stageId, setEmotion(db, emotion)),
  'evidence.link': (db, { itemId, highlightId }) => journeyChange(db, itemId, linkEvidence(db, itemId, highlightId)),
  'evidence.unlink': (db, { itemId, highlightId }) => journeyChange(db, itemId, unlinkEvidence(db, itemId, highlightId)),
};
