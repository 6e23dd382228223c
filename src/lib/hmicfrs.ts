/**
 * The Commissioner's 56-day duty to publish comments on an HMICFRS report
 * (Police Act 1996, s55). Publication day counts as day 1, so the response is
 * due 55 days after the publication date.
 */
import { addDays } from './format';

/** Days after publication on which the response falls due (day 56 counting publication day as day 1). */
export const RESPONSE_DUE_AFTER_DAYS = 55;

/**
 * The last day for the Commissioner's response.
 *
 * @example responseDueDate('2022-12-01') // => "2023-01-25"
 */
export function responseDueDate(published: string): string {
  return addDays(published, RESPONSE_DUE_AFTER_DAYS);
}

export type Timeliness =
  | { kind: 'on-time'; due: string }
  | { kind: 'late'; due: string; daysLate: number }
  | { kind: 'awaiting'; due: string }
  | { kind: 'unknown'; reason: string };

/**
 * Whether a response met the 56-day duty, from the dates alone.
 *
 * @example responseTimeliness('2022-12-01', '2023-01-25') // => { kind: 'on-time', due: '2023-01-25' }
 * @example responseTimeliness('2022-12-01', '2023-01-27') // => { kind: 'late', due: '2023-01-25', daysLate: 2 }
 */
export function responseTimeliness(published: string | undefined, responded: string | undefined): Timeliness {
  if (!published) return { kind: 'unknown', reason: 'The report’s publication date is not recorded.' };
  const due = responseDueDate(published);
  if (!responded) return { kind: 'awaiting', due };
  if (responded <= due) return { kind: 'on-time', due };
  const daysLate = Math.round((Date.parse(`${responded}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
  return { kind: 'late', due, daysLate };
}

export const INSPECTION_TYPE_LABELS = {
  peel: 'PEEL inspection',
  thematic: 'Thematic inspection',
  force: 'Inspection of the force',
  'super-complaint': 'Super-complaint investigation',
  regional: 'Regional inspection',
  joint: 'Joint inspection',
} as const;

export const GRADE_LABELS = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
} as const;

export const RECOMMENDATION_STATUS_LABELS = {
  open: 'Open',
  'in-progress': 'In progress',
  complete: 'Complete',
  superseded: 'Superseded',
  'not-accepted': 'Not accepted',
} as const;

/**
 * The financial year (April to March) a date falls in.
 *
 * @example financialYearOf('2023-01-25') // => "2022/23"
 */
export function financialYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export interface YearTimeliness {
  year: string;
  responses: number;
  onTime: number;
  late: number;
  /** Responses whose dates are not both recorded, so timeliness cannot be worked out. */
  unknown: number;
}

/**
 * On-time record per financial year of response, worked out from the dates.
 *
 * @example timelinessByYear([{ published: '2022-12-01', responsePublished: '2023-01-25' }])
 * // => [{ year: '2022/23', responses: 1, onTime: 1, late: 0, unknown: 0 }]
 */
export function timelinessByYear(
  reports: readonly {
    published?: string | undefined;
    responsePublished?: string | undefined;
    responseYear?: string | undefined;
  }[],
): YearTimeliness[] {
  const years = new Map<string, YearTimeliness>();
  for (const report of reports) {
    const year = report.responsePublished ? financialYearOf(report.responsePublished) : report.responseYear;
    if (!year) continue;
    const row = years.get(year) ?? { year, responses: 0, onTime: 0, late: 0, unknown: 0 };
    const timeliness = responseTimeliness(report.published, report.responsePublished);
    row.responses += 1;
    if (timeliness.kind === 'on-time') row.onTime += 1;
    else if (timeliness.kind === 'late') row.late += 1;
    else row.unknown += 1;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

/** Plain-English meaning of each recommendation status. */
export const RECOMMENDATION_STATUS_DEFINITIONS = {
  open: 'Accepted; no progress reported yet.',
  'in-progress': 'Work is under way and progress has been reported.',
  complete: 'The force reports it done and the Commissioner has seen the evidence.',
  superseded: 'Replaced by a later recommendation or inspection.',
  'not-accepted': 'The force or Commissioner has said it will not be acted on, and why.',
} as const;
