import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real disk faults for tests, made with the kernel's own file systems: a small tmpfs that fills
 * up, and an ext4 image whose file system turns read-only under open files (as a failing drive's
 * does). Needs root, which the build machines and CI have; anything else fails loudly rather than
 * skipping the test.
 */
export interface FaultyDisk {
  dir: string;
  /** Unmounts, lazily if the studio still holds files there; safe to call twice. */
  unmount(): void;
}

function mount(args: string[]): void {
  if (process.getuid?.() !== 0) throw new Error('disk fault tests mount file systems and must run as root (CI does)');
  execFileSync('mount', args, { stdio: 'pipe' });
}

function unmounter(dir: string, after: () => void = () => {}): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    }
    after();
  };
}

export function mountTmpfs(dir: string, sizeBytes: number): FaultyDisk {
  mkdirSync(dir, { recursive: true });
  mount(['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir]);
  return { dir, unmount: unmounter(dir) };
}

/** Writes a file until the disk says it is full; returns its path, to delete for room again. */
export function fillDisk(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 0x5a);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  // The last partial chunks too: not even one page is left.
  for (let size = 4096; size >= 1; size >>= 1) {
    try {
      writeFileSync(path, Buffer.alloc(size), { flag: 'a' });
    } catch {
      /* full */
    }
  }
  return path;
}

export interface Ext4Disk extends FaultyDisk {
  /** The file system turns read-only under the open project, as ext4 does on a device error. */
  turnReadOnly(): void;
  /** After unmount: the same image mounted again (the journal replayed), to read what survived. */
  remountAt(dir: string): FaultyDisk;
}

export function mountExt4(dir: string, image: string, sizeBytes: number): Ext4Disk {
  mkdirSync(dir, { recursive: true });
  writeFileSync(image, '');
  truncateSync(image, sizeBytes);
  execFileSync('mkfs.ext4', ['-q', '-F', image], { stdio: 'pipe' });
  mount(['-o', 'loop,errors=remount-ro', image, dir]);
  return {
    dir,
    unmount: unmounter(dir),
    turnReadOnly: () => mount(['-o', 'remount,abort', dir]),
    remountAt(again) {
      mkdirSync(again, { recursive: true });
      mount(['-o', 'loop', image, again]);
      return { dir: again, unmount: unmounter(again, () => rmSync(again, { recursive: true, force: true })) };
    },
  };
}
