/** A paragraph Word styled as a list item: which list instance it belongs to and how deep. */
export interface WordListParagraph {
  element: Element;
  list: string;
  level: number;
}

// Word writes numbers as "1.", "a)", "iv." or "(2)"; anything else ("·", "o", "§", "-") is a bullet.
const NUMBERED = /^\(?[0-9a-z]{1,5}[.)]$/i;

/**
 * Word's list paragraphs, in document order, turned into ul/ol with li: consecutive paragraphs
 * of one list make one list, a deeper level a list nested in the item before it. `glyphs` maps a
 * paragraph to the span holding its bullet or number, which decides ul or ol and is removed.
 */
export function wordListsToLists(paragraphs: readonly WordListParagraph[], glyphs: ReadonlyMap<Element, Element>): void {
  // Decided before any paragraph is moved into a list.
  const continues = paragraphs.map((p, i) => i > 0 && paragraphs[i - 1]!.list === p.list && nextBlock(paragraphs[i - 1]!.element) === p.element);
  let stack: { list: Element; level: number }[] = [];
  for (const [i, { element, level }] of paragraphs.entries()) {
    if (!continues[i]) stack = [];
    const glyph = glyphs.get(element);
    const tagName = NUMBERED.test(glyph?.textContent?.trim() ?? '') ? 'ol' : 'ul';
    if (glyph) removeWithEmptySpans(glyph, element);
    while (stack.length > 1 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || level > top.level) {
      const list = element.ownerDocument.createElement(tagName);
      if (top) (top.list.lastElementChild ?? top.list).appendChild(list);
      else element.before(list);
      top = { list, level };
      stack.push(top);
    }
    const item = element.ownerDocument.createElement('li');
    while (element.firstChild) item.appendChild(element.firstChild);
    top.list.appendChild(item);
    element.remove();
  }
}

/** The next sibling that is neither a comment nor blank text, as Word puts line breaks between paragraphs. */
function nextBlock(element: Element): Node | null {
  let node = element.nextSibling;
  while (node && (node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()))) node = node.nextSibling;
  return node;
}

/** Word wraps the glyph in a span of its symbol font as well; that span would be left empty. */
function removeWithEmptySpans(glyph: Element, paragraph: Element): void {
  let gone: Element = glyph;
  while (gone.parentElement && gone.parentElement !== paragraph && gone.parentElement.localName === 'span' && gone.parentElement.childNodes.length === 1) {
    gone = gone.parentElement;
  }
  gone.remove();
}
