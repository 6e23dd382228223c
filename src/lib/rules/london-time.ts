/**
 * Meeting times are written as UK clock times. These helpers turn them into
 * exact instants, whatever the build machine's time zone and across the
 * changes to and from British Summer Time.
 */

/** Made once: creating an Intl formatter costs far more than using one, and calendars call this per meeting. */
const LONDON_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** Minutes the UK clock is ahead of UTC at an instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(instant: Date): number {
  const name = LONDON_OFFSET.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instant of a UK clock time on a date.
 *
 * @example londonToUtc('2023-10-09', '13:00').toISOString() // => "2023-10-09T12:00:00.000Z" (summer time)
 * @example londonToUtc('2015-01-29', '13:00').toISOString() // => "2015-01-29T13:00:00.000Z"
 */
export function londonToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, m - 1, d, h, min);
  // The offset at the guessed instant, then checked again at the result, covers the change-over days.
  let instant = asIfUtc - londonOffsetMinutes(new Date(asIfUtc)) * 60_000;
  instant = asIfUtc - londonOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}
