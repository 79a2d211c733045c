import yauzl from 'yauzl';
import { AppFailure } from '../../appFailure';

/** An office document is a zip: refuse archives that would inflate far beyond any real document (zip bombs). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const MAX_RATIO = 200;

/** `kind` names the format in the refusal ("docx", "odt"). */
const refusal = (kind: string, what: 'Unreadable' | 'Bomb') => new AppFailure('invalid_input', { details: `import.${kind}${what}` });

/**
 * Reads the archive's directory, refusing a bomb before anything is inflated, and returns the
 * bytes of entry `want`, if asked and present (capped at the same size).
 */
export function readOfficeArchive(bytes: Buffer, kind: 'docx' | 'odt', want?: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(refusal(kind, 'Unreadable'));
      let total = 0;
      let count = 0;
      let wanted: yauzl.Entry | null = null;
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        count += 1;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (total > MAX_UNPACKED_BYTES || count > MAX_ENTRIES || (entry.uncompressedSize > 1_000_000 && ratio > MAX_RATIO)) {
          zip.close();
          return reject(refusal(kind, 'Bomb'));
        }
        if (entry.fileName === want) wanted = entry;
        zip.readEntry();
      });
      zip.on('end', () => {
        const entry = wanted as yauzl.Entry | null;
        if (!want) return resolve(null);
        if (!entry) return reject(refusal(kind, 'Unreadable'));
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(refusal(kind, 'Unreadable'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', () => reject(refusal(kind, 'Unreadable')));
        });
      });
      zip.on('error', () => reject(refusal(kind, 'Unreadable')));
      zip.readEntry();
    });
  });
}
