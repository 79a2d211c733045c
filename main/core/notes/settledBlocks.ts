import type { LexicalNodeJson } from '../../../shared/schema/notes';

/** What is worked out from a settled block, each part once, on first use. */
export interface BlockFacts {
  json?: string;
  /** Its text as the note's first block, and after another block (readNotes owns the shape). */
  opening?: unknown;
  fragment?: unknown;
}

const settled = new WeakMap<object, BlockFacts>();

function freezeDeep(node: LexicalNodeJson): void {
  if (Object.isFrozen(node)) return;
  for (const child of node.children ?? []) freezeDeep(child);
  if (node.children) Object.freeze(node.children);
  Object.freeze(node);
}

/**
 * Marks a note's top-level blocks, already sanitised, as settled: they are frozen, so whatever is
 * derived from one stays true for as long as the object lives. A note saved as changes keeps the
 * very objects of the blocks it leaves alone, so their JSON and text are not worked out again.
 */
export function settleBlocks(blocks: readonly LexicalNodeJson[]): void {
  for (const block of blocks) {
    if (settled.has(block)) continue;
    freezeDeep(block);
    settled.set(block, {});
  }
}

/** The facts slot of a settled block, or undefined for any other node. */
export function settledFacts(node: LexicalNodeJson): BlockFacts | undefined {
  return settled.get(node);
}
