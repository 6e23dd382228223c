/** Grant round helpers: totals and the words for round statuses. */
import type { ROUND_STATUSES } from '../schemas/grant-rounds';

export const ROUND_STATUS_LABELS: Record<(typeof ROUND_STATUSES)[number], string> = {
  planned: 'Planned',
  open: 'Open for applications',
  assessing: 'Closed, applications being assessed',
  awarded: 'Awards made',
  closed: 'Closed',
};

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
