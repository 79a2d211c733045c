import type { Database } from 'better-sqlite3';
import { getHighlight } from './highlightStore';
import { itemPlace } from './journeyItemStore';
import { cachedStatement } from './cachedStatement';

/** Linking twice or unlinking what is not linked changes nothing, so undo and redo are safe. */
export function linkEvidence(db: Database, itemId: string, highlightId: string): string {
  const { map_id: mapId } = itemPlace(db, itemId);
  getHighlight(db, highlightId);
  const now = new Date().toISOString();
  cachedStatement(db, 'INSERT INTO map_item_evidence (item_id, highlight_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(itemId, highlightId, now);
  return mapId;
}

export function unlinkEvidence(db: Database, itemId: string, highlightId: string): string {
  const { map_id: mapId } = itemPlace(db, itemId);
  cachedStatement(db, 'DELETE FROM map_item_evidence WHERE item_id = ? AND highlight_id = ?').run(itemId, highlightId);
  return mapId;
}

/** A note's text from a quote: trimmed to what a note holds, never splitting a surrogate pair. */
export function noteTextFromQuote(quote: string, max = 500): string {
  let text = quote.trim();
  if (text.length > max) {
    text = text.slice(0, max);
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    text = text.trimEnd();
  }
  return text;
}
