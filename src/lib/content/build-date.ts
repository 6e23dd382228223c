/**
 * The date the site is built "as at", for anything that depends on today:
 * overdue actions, responses still awaited. Tests and rebuilds of old states
 * set PORTAL_BUILD_DATE=YYYY-MM-DD so results are reproducible.
 */

/** YYYY-MM-DD in the UK, made once: every page asks for the build date. */
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in the UK (Europe/London), or the date set in PORTAL_BUILD_DATE.
 *
 * @example buildDate({ PORTAL_BUILD_DATE: '2023-10-09' }) // => "2023-10-09"
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.PORTAL_BUILD_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
      throw new Error(`PORTAL_BUILD_DATE must be written YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  return LONDON_DAY.format(now);
}
