import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';

/**
 * The node classes of an interview note. The editor and the core's importers register exactly
 * these, so a note made by either opens in the other; highlights are MarkNodes whose ids are
 * highlight ids.
 */
export const noteNodes = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, MarkNode];

/** Serialized node types a stored note may contain (the classes above plus Lexical's built-ins). */
export const NOTE_NODE_TYPES = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'mark',
]);

/** Links a note may keep: web pages and e-mail. Anything else (javascript:, data:, file:) is unwrapped. */
export const isSafeNoteUrl = (url: unknown): boolean => typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url.trim());
