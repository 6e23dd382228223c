/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so that no time zone or
 * clock change moves a day.
 */

/**
 * Adds days to a calendar date.
 *
 * @example addDays('2022-12-01', 55) // => "2023-01-25"
 */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
