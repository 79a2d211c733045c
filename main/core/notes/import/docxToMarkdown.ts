import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { AppFailure } from '../../appFailure';

/** Present at run time in mammoth 1.x, though missing from its type definitions. */
interface MarkdownConverter {
  convertToMarkdown(input: { buffer: Buffer }, options: { ignoreEmptyParagraphs: boolean }): Promise<{ value: string }>;
}

/** A docx is a zip: refuse archives that would inflate far beyond any real document (zip bombs). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const MAX_RATIO = 200;

function checkArchive(bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new AppFailure('invalid_input', { details: 'import.docxUnreadable' }));
      let total = 0;
      let count = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        count += 1;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (total > MAX_UNPACKED_BYTES || count > MAX_ENTRIES || (entry.uncompressedSize > 1_000_000 && ratio > MAX_RATIO)) {
          zip.close();
          return reject(new AppFailure('invalid_input', { details: 'import.docxBomb' }));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new AppFailure('invalid_input', { details: 'import.docxUnreadable' })));
      zip.readEntry();
    });
  });
}

/**
 * Word documents keep their structure (headings, lists, bold, italic, links) and lose styles,
 * images and scripts: mammoth maps semantic Word styles to Markdown, which the note importer reads.
 */
export async function docxToMarkdown(bytes: Buffer): Promise<string> {
  await checkArchive(bytes);
  try {
    const result = await (mammoth as unknown as MarkdownConverter).convertToMarkdown({ buffer: bytes }, { ignoreEmptyParagraphs: true });
    // Its pictures come as Markdown images, which the Markdown importer drops.
    return result.value;
  } catch {
    throw new AppFailure('invalid_input', { details: 'import.docxUnreadable' });
  }
}
