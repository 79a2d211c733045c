import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { BUNDLE_FORMAT_VERSION, BUNDLE_LIMITS, BUNDLE_MANIFEST, BundleManifest, BundlePath } from '../../../shared/schema/bundle';
import { AppFailure } from '../appFailure';

/** The bundle is refused for `details` (a catalogue key saying why, in the user's words). */
export const bundleRefused = (file: string, details: string) => new AppFailure('bundle_invalid', { file, details });

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolveZip, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: true }, (e, zip) =>
      e || !zip ? reject(e ?? new Error('no zip')) : resolveZip(zip),
    );
  });
}

/** Every entry of the central directory, read before any byte is extracted. */
function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolveList, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolveList(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

const readStream = (zip: ZipFile, entry: Entry): Promise<Readable> =>
  new Promise((resolveStream, reject) => zip.openReadStream(entry, (e, stream) => (e || !stream ? reject(e ?? new Error('no stream')) : resolveStream(stream))));

/** The checks on names and sizes that need no byte of content: a bad bundle is refused unread. */
function checkEntries(file: string, entries: Entry[]): void {
  if (entries.length > BUNDLE_LIMITS.entries) throw bundleRefused(file, 'bundle.tooManyEntries');
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const name = entry.fileName;
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw bundleRefused(file, 'bundle.link');
    if (!BundlePath.safeParse(name).success) throw bundleRefused(file, 'bundle.unsafeName');
    // Two names one file system would take for the same file (Windows and macOS ignore case).
    const key = name.toLowerCase();
    if (seen.has(key)) throw bundleRefused(file, 'bundle.duplicate');
    seen.add(key);
    if (entry.isEncrypted()) throw bundleRefused(file, 'bundle.encrypted');
    total += entry.uncompressedSize;
    if (total > BUNDLE_LIMITS.totalBytes) throw bundleRefused(file, 'bundle.tooBig');
    if (entry.uncompressedSize > BUNDLE_LIMITS.ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > BUNDLE_LIMITS.ratio) {
      throw bundleRefused(file, 'bundle.bomb');
    }
  }
}

async function readManifest(file: string, zip: ZipFile, entry: Entry | undefined): Promise<BundleManifest> {
  if (!entry) throw bundleRefused(file, 'bundle.noManifest');
  if (entry.uncompressedSize > BUNDLE_LIMITS.manifestBytes) throw bundleRefused(file, 'bundle.badManifest');
  const chunks: Buffer[] = [];
  for await (const chunk of await readStream(zip, entry)) chunks.push(chunk as Buffer);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw bundleRefused(file, 'bundle.badManifest');
  }
  // A later format is named as such, whatever else it changed.
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) throw bundleRefused(file, 'bundle.tooNew');
  const manifest = BundleManifest.safeParse(json);
  if (!manifest.success) throw bundleRefused(file, 'bundle.badManifest');
  return manifest.data;
}

export interface ReadBundle {
  manifest: BundleManifest;
  /** Where each entry was written, by its name in the bundle. */
  files: Map<string, string>;
}

/**
 * Checks a bundle from anyone and extracts it into `work` (an empty folder of the caller's): the
 * names, sizes and compression of every entry first, then the manifest (its schema, its format
 * version, exactly the entries the zip holds), then each entry against its size and SHA-256 as it
 * is written. Refuses with `bundle_invalid` and the reason; what it wrote stays in `work`, which
 * the caller removes.
 */
export async function readBundle(path: string, work: string, progress: (done: number, total: number) => void = () => undefined): Promise<ReadBundle> {
  const file = path.split(/[\\/]/).pop() ?? path;
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new AppFailure('file_missing', { path });
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    throw bundleRefused(file, 'bundle.notZip');
  }
  try {
    if (zip.entryCount > BUNDLE_LIMITS.entries) throw bundleRefused(file, 'bundle.tooManyEntries');
    let entries: Entry[];
    try {
      entries = await listEntries(zip);
    } catch {
      throw bundleRefused(file, 'bundle.damaged');
    }
    checkEntries(file, entries);
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    const manifest = await readManifest(file, zip, byName.get(BUNDLE_MANIFEST));
    const listed = new Set(manifest.entries.map((e) => e.path));
    if (listed.size !== manifest.entries.length || listed.has(BUNDLE_MANIFEST)) throw bundleRefused(file, 'bundle.badManifest');
    for (const entry of manifest.entries) if (!byName.has(entry.path)) throw bundleRefused(file, 'bundle.missingEntry');
    for (const name of byName.keys()) if (name !== BUNDLE_MANIFEST && !listed.has(name)) throw bundleRefused(file, 'bundle.extraEntry');

    const total = manifest.entries.reduce((sum, e) => sum + e.size, 0);
    let done = 0;
    const files = new Map<string, string>();
    const root = resolve(work);
    for (const listedEntry of manifest.entries) {
      const entry = byName.get(listedEntry.path)!;
      if (entry.uncompressedSize !== listedEntry.size) throw bundleRefused(file, 'bundle.checksum');
      const target = resolve(root, listedEntry.path);
      // The name's pattern already keeps it inside; this says so where the file is written.
      if (!target.startsWith(root + sep)) throw bundleRefused(file, 'bundle.unsafeName');
      mkdirSync(dirname(target), { recursive: true });
      const hash = createHash('sha256');
      let size = 0;
      try {
        const stream = await readStream(zip, entry);
        stream.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
          done += chunk.length;
          progress(done, total);
        });
        await pipeline(stream, createWriteStream(target, { flags: 'wx' }));
      } catch (e) {
        if (e instanceof AppFailure) throw e;
        throw bundleRefused(file, 'bundle.damaged');
      }
      if (size !== listedEntry.size || hash.digest('hex') !== listedEntry.sha256) throw bundleRefused(file, 'bundle.checksum');
      files.set(listedEntry.path, target);
    }
    return { manifest, files };
  } finally {
    zip.close();
  }
}

