/**
 * The meetings page (/meetings/): the bodies with how many meetings each has
 * had, and the meetings grouped by year, newest year first.
 */
import type { Body, Meeting } from '../content/portal';
import { yearOf } from '../rules/format';
import { groupBy } from '../rules/grouping';
import { entryPath } from '../../collections';

export interface MeetingsList {
  /** Each body, in the register's order, with its page and a count such as "12 meetings". */
  bodies: { href: string; name: string; count: string }[];
  /** Meetings by year, in the order given (newest first), each year with its anchor on the page. */
  years: { year: string; anchor: string; meetings: Meeting[] }[];
}

const meetingsCount = (n: number) => `${n} meeting${n === 1 ? '' : 's'}`;

/** @param meetings In the register's order, newest first. */
export function meetingsList(meetings: readonly Meeting[], bodies: readonly Body[]): MeetingsList {
  return {
    bodies: bodies.map((b) => ({
      href: entryPath('bodies', b.id),
      name: b.data.name,
      count: meetingsCount(meetings.filter((m) => m.data.body === b.id).length),
    })),
    years: groupBy(meetings, (m) => String(yearOf(m.data.date))).map(([year, list]) => ({
      year,
      anchor: `year-${year}`,
      meetings: list,
    })),
  };
}
