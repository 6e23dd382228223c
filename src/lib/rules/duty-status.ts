/**
 * Whether a publication duty is met, worked out at the build date from what
 * the portal holds: up to date, due, overdue, or not published here. The
 * rules follow each duty's legal timing and never guess beyond it:
 *
 * - monthly: an item for the last finished month is expected; a month
 *   further back is due (still within a month of its end); older is overdue;
 * - before the financial year: the coming year's item is due from 1 February
 *   and overdue once the year has begun without it;
 * - within 56 days: overdue when a response is past its day 56 and
 *   unpublished, due while one is awaited within it;
 * - annually, as soon as practicable after the year: due once a financial year
 *   has ended without its item, overdue once a second one has;
 * - as soon as practicable: due while an item is known to be awaited (a held
 *   meeting whose papers are not yet published), never overdue, since the law
 *   sets no date.
 */

import { financialYearOf, shiftPeriod } from '../../domain/periods';
import { MONTHS } from './format';

export const FREQUENCIES = {
  monthly: 'Monthly',
  'before-financial-year': 'Before each financial year',
  'within-56-days': 'Within 56 days',
  annually: 'Each year, as soon as practicable',
  'as-soon-as-practicable': 'As soon as practicable',
} as const;
export type Frequency = keyof typeof FREQUENCIES;

export const DUTY_STATUSES = {
  'up-to-date': 'Up to date',
  due: 'Due',
  overdue: 'Overdue',
  'not-published-here': 'Not published here yet',
} as const;
export type DutyStatus = keyof typeof DUTY_STATUSES;

/** What the portal holds for a duty. */
export interface DutyEvidence {
  /** The date of its latest item, YYYY-MM-DD or YYYY-MM. */
  latest?: string | undefined;
  /** For a yearly duty: the financial years ("2023/24") it has an item for. */
  financialYears?: readonly string[];
  /** Items known to be awaited and still within time (a response not yet due). */
  awaiting?: number;
  /** Items past their legal date and still unpublished. */
  late?: number;
}

/** Status and the reason for it, in a sentence a reader can check. */
export interface DutyState {
  status: DutyStatus;
  why: string;
}

/** "2026-11" → "November 2026". */
const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const previousMonth = (month: string) => shiftPeriod('month', month, -1) ?? month;
const previousYear = (fy: string) => shiftPeriod('financial-year', fy, -1) ?? fy;
const nextYear = (fy: string) => shiftPeriod('financial-year', fy, 1) ?? fy;

/**
 * A duty's status at `today` (YYYY-MM-DD), from what the portal holds; a duty
 * with no home in the portal is not published here.
 *
 * @example dutyStatus('monthly', { latest: '2026-10-15' }, '2026-12-02').status // => "due"
 */
export function dutyStatus(frequency: Frequency, evidence: DutyEvidence | undefined, today: string): DutyState {
  if (!evidence) return { status: 'not-published-here', why: 'The portal has no home for this yet.' };
  const thisMonth = today.slice(0, 7);
  switch (frequency) {
    case 'monthly': {
      const expected = previousMonth(thisMonth);
      const latest = evidence.latest?.slice(0, 7);
      if (latest && latest >= expected) return { status: 'up-to-date', why: `Published for ${monthName(latest)}.` };
      const since = latest ? `The latest item is for ${monthName(latest)}` : 'Nothing is published yet';
      if (latest && latest >= previousMonth(expected))
        return { status: 'due', why: `${since}; ${monthName(expected)} is due.` };
      return { status: 'overdue', why: `${since}; every finished month since should have its items.` };
    }
    case 'before-financial-year': {
      const current = financialYearOf(today);
      const years = evidence.financialYears ?? [];
      if (!years.includes(current))
        return { status: 'overdue', why: `Nothing is published for ${current}, which has begun.` };
      const coming = nextYear(current);
      const month = Number(today.slice(5, 7));
      if (!years.includes(coming) && month >= 2 && month <= 3)
        return { status: 'due', why: `${coming} is due before it begins on 1 April.` };
      return { status: 'up-to-date', why: `Published for ${years.includes(coming) ? coming : current}.` };
    }
    case 'within-56-days': {
      if ((evidence.late ?? 0) > 0)
        return {
          status: 'overdue',
          why: `${evidence.late} response${evidence.late === 1 ? ' is' : 's are'} past day 56 and not published.`,
        };
      if ((evidence.awaiting ?? 0) > 0)
        return {
          status: 'due',
          why: `${evidence.awaiting} response${evidence.awaiting === 1 ? ' is' : 's are'} awaited within 56 days.`,
        };
      return { status: 'up-to-date', why: 'No response is awaited.' };
    }
    case 'annually': {
      const finished = previousYear(financialYearOf(today));
      const years = evidence.financialYears ?? [];
      if (years.includes(finished)) return { status: 'up-to-date', why: `Published for ${finished}.` };
      if (years.includes(previousYear(finished)))
        return { status: 'due', why: `${finished} has ended; its report is due.` };
      return { status: 'overdue', why: `Neither ${finished} nor ${previousYear(finished)} has a report here.` };
    }
    case 'as-soon-as-practicable': {
      if ((evidence.awaiting ?? 0) > 0)
        return {
          status: 'due',
          why: `${evidence.awaiting} item${evidence.awaiting === 1 ? ' is' : 's are'} awaiting publication.`,
        };
      if (!evidence.latest) return { status: 'due', why: 'Nothing is published yet.' };
      return { status: 'up-to-date', why: 'Nothing is known to be awaiting publication.' };
    }
  }
}
