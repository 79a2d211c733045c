/** "2026-11-24T10:30" is a wall-clock time as typed; it is shown as such, not shifted to another zone. */
export function localDate(value: string): Date {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = time.split(':').map((x) => Number.parseFloat(x));
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, Math.floor(ss ?? 0));
}
