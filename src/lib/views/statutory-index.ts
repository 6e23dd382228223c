/**
 * The statutory index (/statutory-duties/): every publication duty in the
 * Order's order, then the other duties in law, each with its home in the
 * portal, the date of its latest item, how often the law wants it and its
 * status at the build date.
 */
import { COLLECTIONS } from '../../collections';
import { DUTIES, type DutyEntries, dutyState } from '../../data/statutory-duties';
import { DUTY_STATUSES, type DutyStatus, FREQUENCIES } from '../rules/duty-status';
import { formatDate } from '../rules/format';

export interface DutyRow {
  id: string;
  source: string;
  duty: string;
  frequency: string;
  /** Its register in the portal, when it has one. */
  home: { href: string; label: string } | undefined;
  /** YYYY-MM-DD or YYYY-MM, and as shown. */
  latest: string | undefined;
  latestLabel: string;
  status: DutyStatus;
  statusLabel: string;
  /** Why it has that status, in a sentence. */
  why: string;
}

/** @param today YYYY-MM-DD, the build date. */
export function statutoryIndex(entries: DutyEntries, today: string): DutyRow[] {
  return DUTIES.map((duty) => {
    const { evidence, ...state } = dutyState(duty, entries, today);
    const register = duty.home ? COLLECTIONS[duty.home.kind].registers[0] : undefined;
    return {
      id: duty.id,
      source: duty.source,
      duty: duty.duty,
      frequency: FREQUENCIES[duty.frequency],
      home: register && { href: register.href, label: register.label },
      latest: evidence?.latest,
      latestLabel: evidence?.latest ? formatDate(evidence.latest) : 'None',
      status: state.status,
      statusLabel: DUTY_STATUSES[state.status],
      why: state.why,
    };
  });
}

/** How many duties have each status, every status present. */
export function statusCounts(rows: readonly DutyRow[]): Record<DutyStatus, number> {
  const counts = Object.fromEntries(Object.keys(DUTY_STATUSES).map((s) => [s, 0])) as Record<DutyStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
