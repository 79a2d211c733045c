import { $createRangeSelection, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isRootNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';

/**
 * Where the caret stood, in terms that survive reading the note again from the core (a new editor
 * state, whose node keys are all new): the text block it was in, by its place among the note's
 * blocks and by its words either side of the caret.
 */
export interface CaretPlace {
  block: number;
  before: string;
  after: string;
}

/** Fewer matching characters than this (unless the block is shorter) are taken for chance. */
const MIN_MATCH = 8;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The block of the stored note most like the one the caret was in, and the caret's offset in its
 * text; null when no block is like it (the block was typed in the words given up). Another window
 * may have written anywhere, so the block is found by its words, the nearest to its old place
 * winning a tie.
 */
export function findCaret(blocks: readonly string[], place: CaretPlace): { block: number; offset: number } | null {
  const { before, after } = place;
  const old = before + after;
  if (!old) return blocks[place.block] === '' ? { block: place.block, offset: 0 } : null;
  let best = -1;
  let bestScore = 0;
  blocks.forEach((text, i) => {
    const score = Math.min(text.length, commonPrefix(old, text) + commonSuffix(old, text));
    if (score === 0 || score < Math.min(MIN_MATCH, old.length, text.length) || score < bestScore) return;
    if (score === bestScore && Math.abs(i - place.block) >= Math.abs(best - place.block)) return;
    best = i;
    bestScore = score;
  });
  if (best < 0) return null;
  const text = blocks[best]!;
  // Before the words that followed the caret, if they are still there: at the block's end when
  // typing went on at the end. Else where the words before it stop matching: where typing began.
  if (text.endsWith(after)) return { block: best, offset: text.length - after.length };
  const matched = commonPrefix(before, text);
  return { block: best, offset: matched > 0 || !before ? matched : text.length };
}

/** Blocks holding text, in reading order: paragraphs, headings, quotes, list items. */
function $textBlocks(): ElementNode[] {
  const out: ElementNode[] = [];
  const walk = (node: ElementNode) => {
    const inner = node.getChildren().filter((child): child is ElementNode => $isElementNode(child) && !child.isInline());
    if (inner.length === 0 && !$isRootNode(node)) out.push(node);
    inner.forEach(walk);
  };
  walk($getRoot());
  return out;
}

/** The caret's place in the note; null when the note has no caret in a block of text. */
export function $readCaretPlace(): CaretPlace | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const point = selection.focus;
  const node = point.getNode();
  const blocks = $textBlocks();
  const block = blocks.findIndex((b) => b.is(node) || b.isParentOf(node));
  if (block < 0) return null;
  const text = blocks[block]!.getTextContent();
  const head = $createRangeSelection();
  head.anchor.set(blocks[block]!.getKey(), 0, 'element');
  head.focus.set(point.key, point.offset, point.type);
  const before = head.getTextContent();
  if (!text.startsWith(before)) return { block, before: text, after: '' };
  return { block, before, after: text.slice(before.length) };
}

function* leaves(node: ElementNode): Generator<LexicalNode> {
  for (const child of node.getChildren()) {
    if ($isElementNode(child)) yield* leaves(child);
    else yield child;
  }
}

/** Puts the caret at its place in this (reloaded) note, or at the note's end when the place is gone. */
export function $restoreCaretPlace(place: CaretPlace | null): void {
  const blocks = $textBlocks();
  const found = place ? findCaret(blocks.map((b) => b.getTextContent()), place) : null;
  if (!found) {
    $getRoot().selectEnd();
    return;
  }
  const block = blocks[found.block]!;
  let rest = found.offset;
  for (const leaf of leaves(block)) {
    const size = leaf.getTextContentSize();
    if ($isTextNode(leaf) && rest <= size) {
      leaf.select(rest, rest);
      return;
    }
    rest -= size;
  }
  block.selectEnd();
}
