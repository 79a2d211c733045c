import { saveNotes } from '../store/interviewStore';
import { anchorHighlight, deleteHighlight, getHighlight, insertHighlight, listHighlights, setHighlightTags } from '../store/highlightStore';
import { search } from '../store/searchStore';
import { createTag, deleteTag, listTags, mergeTags, updateTag } from '../store/tagStore';
import type { HandlerTable } from './context';

export const evidenceOps: HandlerTable<
  | 'highlight.list'
  | 'highlight.create'
  | 'highlight.setTags'
  | 'highlight.delete'
  | 'tag.list'
  | 'tag.create'
  | 'tag.update'
  | 'tag.merge'
  | 'tag.delete'
  | 'search.query'
> = {
  'highlight.list': (db, filter) => listHighlights(db, filter),
  'highlight.create': (db, { id, interviewId, quote, tagIds, notes, baseVersion }) => {
    insertHighlight(db, { id, interviewId, quote });
    setHighlightTags(db, id, tagIds);
    if (notes !== undefined && baseVersion !== undefined) {
      const saved = saveNotes(db, interviewId, { notes }, baseVersion);
      return { highlight: getHighlight(db, id), notesVersion: saved.notesVersion, savedAt: saved.savedAt };
    }
    // The editor sent the mark in the note's own update first: the highlight takes its place from it.
    const notesVersion = anchorHighlight(db, interviewId, id);
    return { highlight: getHighlight(db, id), notesVersion, savedAt: new Date().toISOString() };
  },
  'highlight.setTags': (db, { id, tagIds }) => {
    getHighlight(db, id);
    setHighlightTags(db, id, tagIds);
    return getHighlight(db, id);
  },
  'highlight.delete': (db, { id }) => deleteHighlight(db, id),
  'tag.list': (db) => listTags(db),
  'tag.create': (db, { name, colour }) => createTag(db, name, colour),
  'tag.update': (db, { id, ...patch }) => updateTag(db, id, patch),
  'tag.merge': (db, { sourceId, targetId }) => mergeTags(db, sourceId, targetId),
  'tag.delete': (db, { id }) => deleteTag(db, id),
  'search.query': (db, { q, limit }) => {
    const t0 = performance.now();
    const hits = search(db, q, limit);
    return { hits, tookMs: performance.now() - t0 };
  },
};
