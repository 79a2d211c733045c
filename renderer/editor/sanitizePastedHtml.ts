import DOMPurify from 'dompurify';
import { dropStyleAttributes } from './dropStyleAttributes';

/**
 * Pasted HTML from Word, Google Docs or a web page, reduced to structure: headings, paragraphs,
 * lists, quotes, emphasis and safe links. Styles, classes, scripts, forms and every image go
 * (a remote image would be a request to a third party, and the note stores no pictures).
 */
const ALLOWED_TAGS = [
  'p', 'br', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li',
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'code', 'pre', 'sub', 'sup',
  'table', 'thead', 'tbody', 'tr', 'td', 'th',
];

export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(dropStyleAttributes(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
  });
}
