/**
 * Warnings for the likely slips that still make a valid file: a meeting
 * marked held, or a decision, dated after today; a year before 2000; text or
 * a series far larger than any real one (a whole document pasted in, or a
 * file joined to another).
 */
import type { ContentFile } from '../content/files';
import { formatPath } from '../../domain/friendly-errors';
import { type ContentIssue, withLineOfField } from './issue';

/** Larger than any real entry by far: the longest launch body is under 3,000 characters. */
export const LIMITS = {
  /** Characters of Markdown text in one entry. */
  bodyCharacters: 100_000,
  /** Characters in one field. */
  fieldCharacters: 20_000,
  /** Values in one series: 50 years of monthly figures. */
  seriesValues: 600,
  /** Years before this are almost certainly typing slips. */
  earliestYear: 2000,
};

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const count = (n: number) => n.toLocaleString('en-GB');

/** The warnings for one parsed entry, as at `today` (YYYY-MM-DD). */
export function slipWarnings(
  file: ContentFile,
  collection: string,
  data: Record<string, unknown>,
  today: string,
): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const warn = (path: (string | number)[], problem: string, fix: string, line?: number) => {
    const issue = { file: file.path, field: formatPath(path) || '(body)', problem, fix, severity: 'warning' as const };
    warnings.push(line === undefined ? withLineOfField(issue, () => file.yaml, path) : { ...issue, line });
  };

  const date = typeof data.date === 'string' ? data.date : undefined;
  if (collection === 'meetings' && date && date > today && data.status === 'held') {
    warn(
      ['date'],
      `${date} is after today (${today}), but the meeting is marked as held`,
      `set "status: scheduled" until it has met, or check the date`,
    );
  }
  if (collection === 'decisions' && date && date > today) {
    warn(
      ['date'],
      `${date} is after today (${today})`,
      'check the date; a decision is recorded once it has been taken',
    );
  }

  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const year = ISO_DATE.exec(value)?.[1];
      if (year && Number(year) < LIMITS.earliestYear) {
        warn(path, `${value} is before ${LIMITS.earliestYear}`, 'check the year');
      } else if (value.length > LIMITS.fieldCharacters) {
        warn(
          path,
          `is ${count(value.length)} characters long, far longer than any real entry (the warning starts at ${count(LIMITS.fieldCharacters)})`,
          `check that a whole document was not pasted in`,
        );
      }
    } else if (Array.isArray(value)) {
      if (path.at(-1) === 'series' && value.length > LIMITS.seriesValues) {
        warn(
          path,
          `has ${count(value.length)} values, more than any real measure (the warning starts at ${count(LIMITS.seriesValues)})`,
          `check that two files were not joined`,
        );
      }
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  visit(data, []);

  const bodyLength = file.body.trim().length;
  if (bodyLength > LIMITS.bodyCharacters) {
    warn(
      [],
      `the text is ${count(bodyLength)} characters long, far longer than any real summary (the warning starts at ${count(LIMITS.bodyCharacters)})`,
      `check that a whole document was not pasted in`,
      file.bodyLine,
    );
  }
  return warnings;
}
