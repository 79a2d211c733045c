import { getHighlight } from '../store/highlightStore';
import { setEmotion } from '../store/journeyEmotionStore';
import { linkEvidence, noteTextFromQuote, unlinkEvidence } from '../store/journeyEvidenceStore';
import { createItem, deleteItem, moveItem, updateItem } from '../store/journeyItemStore';
import type { HandlerTable } from './context';
import { edited } from './journeyEdit';

export const journeyItemOps: HandlerTable<
  | 'item.create'
  | 'item.update'
  | 'item.move'
  | 'item.delete'
  | 'item.fromHighlight'
  | 'emotion.set'
  | 'evidence.link'
  | 'evidence.unlink'
> = {
  'item.create': (db, item) => edited(createItem(db, item).id),
  'item.update': (db, { id, ...patch }) => edited(id, updateItem(db, id, patch)),
  'item.move': (db, { id, ...to }) => edited(id, moveItem(db, id, to)),
  'item.delete': (db, { id }) => edited(id, deleteItem(db, id)),
  'item.fromHighlight': (db, { highlightId, ...place }) => {
    const highlight = getHighlight(db, highlightId);
    const { id } = createItem(db, { ...place, text: noteTextFromQuote(highlight.quote) });
    linkEvidence(db, id, highlightId);
    return edited(id);
  },
  'emotion.set': (db, emotion) => edited(emotion.stageId, setEmotion(db, emotion)),
  'evidence.link': (db, { itemId, highlightId }) => edited(itemId, linkEvidence(db, itemId, highlightId)),
  'evidence.unlink': (db, { itemId, highlightId }) => edited(itemId, unlinkEvidence(db, itemId, highlightId)),
};
