import { localNow } from './elapsedLabel';
import { localDate } from './localDate';

/**
 * How far back an interview's start may lie and still be the start of the talk being noted now.
 * Longer than any interview, shorter than the gap to the next day's session.
 */
export const RECENT_START_MS = 12 * 60 * 60 * 1000;

export interface TimestampStart {
  /** A local wall-clock value like the interview's date: "2026-10-03T10:00:00". */
  start: string;
  /** The interview's own start, or this tab's clock when the interview's date cannot be the talk going on now. */
  from: 'interview' | 'session';
  /** This press starts that clock, so it has to be kept. */
  starts: boolean;
}

/**
 * What a timestamp press counts from. An interview dated weeks ago (the sample project, a recording
 * heard again) or in the future (a rescheduled talk) would give "[1550:06:12]" or "[00:00]" forever,
 * so those count from a clock of their own, started at the first press, and leave the date alone.
 * That clock goes on while it is recent, even once the interview's own start comes due, so the
 * labels of one note never jump back; a day later it is stale, and a press starts a new one.
 */
export function timestampStart(startedAt: string | null, sessionStart: string | null, now = new Date()): TimestampStart {
  const recent = (start: string) => {
    const ago = now.getTime() - localDate(start).getTime();
    return ago >= 0 && ago <= RECENT_START_MS;
  };
  if (sessionStart && recent(sessionStart)) return { start: sessionStart, from: 'session', starts: false };
  if (!startedAt) return { start: localNow(now), from: 'interview', starts: true };
  if (recent(startedAt)) return { start: startedAt, from: 'interview', starts: false };
  return { start: localNow(now), from: 'session', starts: true };
}
