import type { BUNDLE_EXTENSION as SharedExtension } from '../../../shared/schema/bundle';

// The type holds it to the core's: a different literal would not compile.
const BUNDLE_EXTENSION: typeof SharedExtension = '.cjbundle';

/** The folder a path is in, with its separator; empty for a bare name. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

/** A name made safe as a file name: no separators or characters Windows refuses. */
export const fileNameOf = (name: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim() || 'export';

/** Where a project's bundle goes unless the user says otherwise: beside it, named after it and the day. */
export function defaultBundlePath(projectPath: string, projectName: string, today: Date = new Date()): string {
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${folderOf(projectPath)}${fileNameOf(projectName)} ${day}${BUNDLE_EXTENSION}`;
}

/** The path as typed, with the bundle extension when it has none. */
export const withBundleExtension = (path: string): string => (path.toLowerCase().endsWith(BUNDLE_EXTENSION) ? path : `${path}${BUNDLE_EXTENSION}`);

/** A size as a person reads it: 840 kB, 12.4 MB. */
export function sizeLabel(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
