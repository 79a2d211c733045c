import { describe, expect, it } from 'vitest';
import { localDate } from '../../renderer/features/interviews/localDate';
import { timestampStart } from '../../renderer/features/interviews/timestampStart';

// Local wall-clock values throughout, as the date field and the clock keep them.
const now = localDate('2026-10-03T22:00:00');
const secondsAfter = (value: string, seconds: number) => new Date(localDate(value).getTime() + seconds * 1000);

describe('timestampStart', () => {
  it('gives an interview without a date its start now, and says the press starts it', () => {
    expect(timestampStart(null, null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'interview', starts: true });
    // A stale clock of this tab does not stand in for a date the user emptied.
    expect(timestampStart(null, '2026-10-02T21:00:00', now)).toEqual({ start: '2026-10-03T22:00:00', from: 'interview', starts: true });
  });

  it('counts from an interview that began up to twelve hours ago, when the tab has no clock of its own', () => {
    expect(timestampStart('2026-10-03T21:59:00', null, now)).toEqual({ start: '2026-10-03T21:59:00', from: 'interview', starts: false });
    expect(timestampStart('2026-10-03T22:00:00', null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'interview', starts: false });
    expect(timestampStart('2026-10-03T10:00:00', null, now)).toEqual({ start: '2026-10-03T10:00:00', from: 'interview', starts: false });
    expect(timestampStart('2026-10-03T10:00', '2026-10-02T21:30:00', now)).toEqual({ start: '2026-10-03T10:00', from: 'interview', starts: false });
  });

  it('starts a clock now for an interview that began more than twelve hours ago', () => {
    expect(timestampStart('2026-10-03T09:59:59', null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'session', starts: true });
    expect(timestampStart('2026-09-12T10:00:00', null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'session', starts: true });
  });

  it('starts a clock now for an interview dated in the future, even by a second', () => {
    expect(timestampStart('2026-10-03T22:00:01', null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'session', starts: true });
    expect(timestampStart('2027-01-15T09:00', null, now)).toEqual({ start: '2026-10-03T22:00:00', from: 'session', starts: true });
  });

  it('goes on counting from the clock a first press started, also once the interview\'s own start comes due', () => {
    const clock = '2026-10-03T21:40:00';
    expect(timestampStart('2026-09-12T10:00:00', clock, now)).toEqual({ start: clock, from: 'session', starts: false });
    expect(timestampStart('2026-10-04T09:00:00', clock, now)).toEqual({ start: clock, from: 'session', starts: false });
    // Pressed at 21:40 for a talk dated 21:45: at 22:00 the labels still count from 21:40, not back from 21:45.
    expect(timestampStart('2026-10-03T21:45:00', clock, now)).toEqual({ start: clock, from: 'session', starts: false });
  });

  it('starts a new clock once the tab\'s own is more than twelve hours old', () => {
    expect(timestampStart('2026-09-12T10:00:00', '2026-10-03T09:59:59', now)).toEqual({ start: '2026-10-03T22:00:00', from: 'session', starts: true });
  });

  it('follows the twelve-hour edge as time passes', () => {
    const started = '2026-10-03T10:00:00';
    expect(timestampStart(started, null, secondsAfter(started, 12 * 3600))).toMatchObject({ start: started, from: 'interview' });
    expect(timestampStart(started, null, secondsAfter(started, 12 * 3600 + 1))).toEqual({ start: '2026-10-03T22:00:01', from: 'session', starts: true });
  });
});
