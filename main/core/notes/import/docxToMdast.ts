import mammoth from 'mammoth';
import { AppFailure } from '../../appFailure';
import { htmlToMdast } from './htmlToMdast';
import type { Root } from './markdownTree';
import { readOfficeArchive } from './officeArchive';

/**
 * Word documents keep their structure (headings, lists, bold, italic, links, tables as lines) and
 * lose styles, images and scripts. mammoth maps semantic Word styles to HTML, read here as HTML:
 * its Markdown wrote a heading with a bookmark (pandoc makes them, so does Word's table of
 * contents) as `<a id="…"></a>## Heading`, which no Markdown reader takes for a heading.
 */
export async function docxToMdast(bytes: Buffer): Promise<Root> {
  await readOfficeArchive(bytes, 'docx');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true })).value;
  } catch {
    throw new AppFailure('invalid_input', { details: 'import.docxUnreadable' });
  }
  return htmlToMdast(html);
}
