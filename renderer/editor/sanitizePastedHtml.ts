import DOMPurify from 'dompurify';
import { applyPasteMarks } from './applyPasteMarks';
import { dropStyleAttributes } from './dropStyleAttributes';
import { PASTE_MARKS_ATTR, pasteMarksAttribute } from './pasteMarksAttribute';

/**
 * Pasted HTML from Word, Google Docs or a web page, reduced to structure: headings, paragraphs,
 * lists, quotes, emphasis and safe links. Styles, classes, scripts, forms and every image go
 * (a remote image would be a request to a third party, and the note stores no pictures).
 * Emphasis and Word's lists that only a style expressed are kept as elements.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li',
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'code', 'pre', 'sub', 'sup',
  'table', 'thead', 'tbody', 'tr', 'td', 'th',
];

export function sanitizePastedHtml(html: string): string {
  const body = DOMPurify.sanitize(dropStyleAttributes(html, pasteMarksAttribute), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', PASTE_MARKS_ATTR],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM: true,
  });
  // Typed as any Node; with RETURN_DOM it is the body of DOMPurify's own inert document.
  if (!(body instanceof Element)) return '';
  applyPasteMarks(body);
  return body.innerHTML;
}
