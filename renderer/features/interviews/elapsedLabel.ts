import { localDate } from './localDate';

/** "[12:34]" minutes and seconds since the interview began; hours appear once it runs past one. */
export function elapsedLabel(startedAt: string, now = new Date()): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - localDate(startedAt).getTime()) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `[${h}:${two(m)}:${two(s)}]` : `[${two(m)}:${two(s)}]`;
}

/** Now as a local wall-clock value the interview's date field understands: "2026-11-24T10:30:05". */
export function localNow(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}
