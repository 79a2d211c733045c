import { closeSync, openSync, readSync } from 'node:fs';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface FileHeader {
  isSqlite: boolean;
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the 100-byte SQLite header directly, so a foreign or newer file can be identified
 * without letting SQLite touch it.
 */
export function readFileHeader(path: string): FileHeader {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { isSqlite: false, applicationId: 0, userVersion: 0 };
  }
  return { isSqlite: true, userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
}
