import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { z } from 'zod';

/**
 * Who holds a project, kept as JSON in `<project>.lock` so it stays readable while the OS lock is
 * held. Earlier versions wrote only pid, host, user and since; the other fields are optional.
 */
export const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string().max(255),
  user: z.string().max(255),
  since: z.string().max(64),
  bootId: z.string().max(64).optional(),
  token: z.string().max(64).optional(),
});
export type LockHolder = z.infer<typeof LockHolder>;

/** Larger than any holder record: anything bigger is not ours and is not read. */
const MAX_HOLDER_BYTES = 16 * 1024;

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Changes on every boot (Linux); a holder from another boot is gone whatever its PID says. */
export function currentBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().slice(0, 64) || undefined;
  } catch {
    return undefined;
  }
}

export function myHolder(): LockHolder {
  const bootId = currentBootId();
  return {
    pid: process.pid,
    host: hostname(),
    user: safeUser(),
    since: new Date().toISOString(),
    ...(bootId ? { bootId } : {}),
    token: randomBytes(12).toString('hex'),
  };
}

/** The holder named by the file, or null when there is none or it is not a holder record. */
export function readHolder(path: string): LockHolder | null {
  try {
    if (statSync(path).size > MAX_HOLDER_BYTES) return null;
    const parsed = LockHolder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written whole under another name and renamed, so a reader never sees half a record. */
export function writeHolder(path: string, holder: LockHolder): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(holder), { mode: 0o644 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Removes the record only if it is still this holder's: a studio that took the project over keeps its own. */
export function removeHolderIfMine(path: string, holder: LockHolder): void {
  const current = readHolder(path);
  if (current && current.pid === holder.pid && current.since === holder.since && current.token === holder.token) {
    rmSync(path, { force: true });
  }
}

/** A PID of a finished process, or of a zombie (exited, not yet reaped), is not a holder. */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state ..."; comm may hold spaces and parentheses, the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

const printable = (s: string) => s.replace(/[\p{Cc}\p{Cf}]/gu, '?').slice(0, 120);

/** An ISO time as "2026-03-01 09:00 UTC": the same for every reader, whatever their zone. */
function readableTime(since: string): string {
  const time = Date.parse(since);
  return Number.isNaN(time) ? printable(since) : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Who holds it, for the message: "user@host, pid N, since …". */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'unknown';
  return `${printable(holder.user)}@${printable(holder.host)}, pid ${holder.pid}, since ${readableTime(holder.since)}`;
}
