import { LIST_GLYPH, LIST_PREFIX, PASTE_MARKS_ATTR, UNWRAP } from './pasteMarksAttribute';
import { wordListsToLists, type WordListParagraph } from './wordListsToLists';

const CANCELLABLE = new Set(['b', 'strong', 'i', 'em', 'u']);

/**
 * Sanitised paste with its marks turned into the structure they stand for: emphasis as b, i
 * and u, cancelled emphasis unwrapped, Word's list paragraphs as lists. Every mark attribute is
 * removed; only those elements are created, so what the sanitiser let through stays all there is.
 */
export function applyPasteMarks(root: Element): void {
  const paragraphs: WordListParagraph[] = [];
  const listParagraphs = new Set<Element>();
  const glyphs = new Map<Element, Element>();
  for (const element of root.querySelectorAll(`[${PASTE_MARKS_ATTR}]`)) {
    const marks = element.getAttribute(PASTE_MARKS_ATTR)!.split(' ');
    element.removeAttribute(PASTE_MARKS_ATTR);
    for (const mark of marks) {
      // Link text is underlined by the page's own styling; the link already says it is one.
      if (mark === 'b' || mark === 'i' || (mark === 'u' && !element.closest('a'))) wrapChildren(element, mark);
      else if (mark.startsWith(LIST_PREFIX) && element.localName === 'p') {
        const [list, instance, level] = mark.slice(LIST_PREFIX.length).split(':');
        paragraphs.push({ element, list: `${list}:${instance}`, level: Number(level) || 1 });
        listParagraphs.add(element);
      } else if (mark === LIST_GLYPH) {
        const paragraph = element.closest('p');
        if (paragraph && listParagraphs.has(paragraph) && !glyphs.has(paragraph)) glyphs.set(paragraph, element);
      }
    }
    // Last, so that marks wrapped inside it come out with its children.
    if (marks.includes(UNWRAP) && CANCELLABLE.has(element.localName)) unwrap(element);
  }
  if (paragraphs.length > 0) wordListsToLists(paragraphs, glyphs);
}

function wrapChildren(element: Element, tagName: string): void {
  const wrapper = element.ownerDocument.createElement(tagName);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
}
