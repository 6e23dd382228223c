/** Grant round helpers: totals and the words for how a round's status stands. */
import type { ROUND_STATUSES } from '../../collections/grant-rounds/schema';
import { formatApproximateCount, formatApproximatePounds, formatDate } from './format';

// Defined beside the values, in the schema; the round page takes them from here with the helpers. (Importing them
// here rather than from the schema also keeps the order of the built pages' styles as it was.)
export { ROUND_STATUS_LABELS } from '../../collections/grant-rounds/schema';

/**
 * Total of the published awards.
 *
 * @example totalAwarded([{ amount: 10000 }, { amount: 2500.5 }]) // => 12500.5
 */
export function totalAwarded(awards: readonly { amount: number }[]): number {
  return Math.round(awards.reduce((sum, a) => sum + a.amount, 0) * 100) / 100;
}

/**
 * Award totals grouped by a field (area or theme), largest first.
 *
 * @example totalsBy([{ area: 'Blaby', amount: 5 }, { area: 'Melton', amount: 7 }, { area: 'Blaby', amount: 4 }], (a) => a.area)
 * // => [{ key: 'Blaby', total: 9, count: 2 }, { key: 'Melton', total: 7, count: 1 }]
 */
export function totalsBy<T extends { amount: number }>(
  awards: readonly T[],
  keyOf: (award: T) => string,
): { key: string; total: number; count: number }[] {
  const totals = new Map<string, { key: string; total: number; count: number }>();
  for (const award of awards) {
    const key = keyOf(award);
    const row = totals.get(key) ?? { key, total: 0, count: 0 };
    row.total = Math.round((row.total + award.amount) * 100) / 100;
    row.count += 1;
    totals.set(key, row);
  }
  return [...totals.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

type Approximate = number | { value: number; qualifier: 'more-than' | 'about' | 'at-least' | 'fewer-than' };

interface RoundAwards {
  awards: readonly unknown[];
  status: (typeof ROUND_STATUSES)[number];
  statusAsAt?: string | undefined;
  reportedTotals?: { projects?: Approximate | undefined; amount?: Approximate | undefined } | undefined;
}

/**
 * Whether a round's awards are listed, not made yet, or made but not
 * published here (the papers give totals only, or nothing): "none" and "not
 * published here" must never read the same, on a page or in a data file.
 *
 * @example awardsState({ awards: [], status: 'awarded' }) // => "not-published"
 */
export function awardsState(round: RoundAwards): 'listed' | 'none-yet' | 'not-published' {
  if (round.awards.length > 0) return 'listed';
  const reported = round.reportedTotals?.projects !== undefined || round.reportedTotals?.amount !== undefined;
  if (!reported && (round.status === 'planned' || round.status === 'open' || round.status === 'assessing'))
    return 'none-yet';
  return 'not-published';
}

/**
 * What to say where a round lists no awards. Undefined when there are awards to list.
 *
 * @example noAwardsStatement({ awards: [], status: 'assessing', statusAsAt: '2023-10-09' })
 * // => "None yet: no awards had been made as at 9 October 2023."
 */
export function noAwardsStatement(round: RoundAwards): string | undefined {
  const state = awardsState(round);
  if (state === 'listed') return undefined;
  if (state === 'none-yet')
    return `None yet: no awards had been made${round.statusAsAt ? ` as at ${formatDate(round.statusAsAt)}` : ''}.`;
  const totals = round.reportedTotals;
  if (totals?.projects !== undefined || totals?.amount !== undefined) {
    const projects = totals.projects !== undefined ? `${formatApproximateCount(totals.projects)} projects` : 'Projects';
    const amount = totals.amount !== undefined ? `, ${formatApproximatePounds(totals.amount)} in all` : '';
    return `${projects} were funded${amount}, as the papers report. The individual awards are not published here, because the papers do not list them.`;
  }
  return 'The awards are not published here, because the papers do not list them.';
}

/**
 * A status with the date it was reported, so readers can tell how current it is.
 *
 * @example statusAsAt('Open', '2023-10-09') // => "Open (as at 9 October 2023)"
 */
export function statusAsAt(label: string, asAt: string | undefined): string {
  return asAt ? `${label} (as at ${formatDate(asAt)})` : label;
}
