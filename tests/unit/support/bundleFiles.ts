import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { BundleManifest } from '../../../shared/schema/bundle';

export interface ZipItem {
  name: string;
  data: Buffer;
  /** Unix mode with file type bits (0o120777 for a symlink). */
  mode?: number;
  compress?: boolean;
}

/** Every entry of a zip, in order, as bytes; read without any of the studio's checks. */
export function unpack(path: string): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, decodeStrings: true }, (e, zip) => {
      if (e || !zip) return reject(e);
      const items: ZipItem[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            items.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(items));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** A zip of exactly these items, as a colleague's tool (or an attacker's) might write it. */
export function pack(path: string, items: ZipItem[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const item of items) zip.addBuffer(item.data, item.name, { compress: item.compress ?? true, ...(item.mode !== undefined ? { mode: item.mode } : {}) });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks));
      resolve(path);
    });
    zip.outputStream.on('error', reject);
  });
}

export const manifestOf = (items: ZipItem[]): BundleManifest => JSON.parse(items.find((i) => i.name === 'manifest.json')!.data.toString('utf8')) as BundleManifest;

/** The items with their manifest rewritten to list `listed` (default: every other item) with true sizes and checksums. */
export function resealed(items: ZipItem[], change: (manifest: BundleManifest) => void = () => undefined, listed?: ZipItem[]): ZipItem[] {
  const manifest = manifestOf(items);
  const others = listed ?? items.filter((i) => i.name !== 'manifest.json');
  manifest.entries = others.map((i) => ({ path: i.name, size: i.data.length, sha256: createHash('sha256').update(i.data).digest('hex') }));
  change(manifest);
  return [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) }, ...items.filter((i) => i.name !== 'manifest.json')];
}

/**
 * Renames an entry in a written zip by editing its bytes (local header and central directory),
 * for names zip libraries refuse to write (`../x`, `/etc/x`): the new name has the same length.
 */
export function renameInZip(path: string, from: string, to: string): void {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('same length only');
  const bytes = readFileSync(path);
  const a = Buffer.from(from);
  let at = bytes.indexOf(a);
  if (at < 0) throw new Error(`${from} not in the zip`);
  while (at >= 0) {
    Buffer.from(to).copy(bytes, at);
    at = bytes.indexOf(a, at + 1);
  }
  writeFileSync(path, bytes);
}
