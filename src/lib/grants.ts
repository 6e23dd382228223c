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
