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

/** A document, and where in it, that states a fact. */
export interface SourceRef {
  title: string;
  url?: string | undefined;
  location?: string | undefined;
}

/** Whether a response met the duty as a source states it, for when the dates are not recorded. */
export interface ReportedTimeliness {
  status: 'on-time' | 'late';
  source: SourceRef;
}

export type Timeliness =
  | { kind: 'on-time'; due: string }
  | { kind: 'late'; due: string; daysLate: number }
  /** Not worked out from dates, but stated by a source. */
  | { kind: 'reported'; status: 'on-time' | 'late'; due?: string | undefined; source: SourceRef }
  | { kind: 'awaiting'; due: string }
  | { kind: 'unknown'; reason: string };

/**
 * Whether a response met the 56-day duty: from the dates when both are
 * recorded, otherwise as a source reports it, otherwise unknown.
 *
 * @example responseTimeliness('2022-12-01', '2023-01-25') // => { kind: 'on-time', due: '2023-01-25' }
 * @example responseTimeliness('2022-12-01', '2023-01-27') // => { kind: 'late', due: '2023-01-25', daysLate: 2 }
 */
export function responseTimeliness(
  published: string | undefined,
  responded: string | undefined,
  reported?: ReportedTimeliness,
): Timeliness {
  const due = published ? responseDueDate(published) : undefined;
  if (reported && !(published && responded))
    return { kind: 'reported', status: reported.status, due, source: reported.source };
  if (!published || !due) return { kind: 'unknown', reason: 'The report’s publication date is not recorded.' };
  if (!responded) return { kind: 'awaiting', due };
  if (responded <= due) return { kind: 'on-time', due };
  const daysLate = Math.round((Date.parse(`${responded}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
  return { kind: 'late', due, daysLate };
}

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

/** A year's on-time record as a published report states it, e.g. the Commissioner's annual report. */
export interface ReportedYear {
  year: string;
  responses: number;
  onTime: number;
  source: SourceRef;
}

export interface YearTimeliness {
  year: string;
  /** Responses recorded here for the year. */
  responses: number;
  /** Recorded responses on time, from their dates or as a source reports it. */
  onTime: number;
  late: number;
  /** Recorded responses whose timeliness is neither worked out nor reported. */
  unknown: number;
  /** The year's record as published, which can say more than the responses recorded one by one. */
  reported?: ReportedYear | undefined;
}

/**
 * On-time record per financial year of response: each response from its dates
 * or its reported status, and the year's published figures where there are any.
 *
 * @example timelinessByYear([{ published: '2022-12-01', responsePublished: '2023-01-25' }])
 * // => [{ year: '2022/23', responses: 1, onTime: 1, late: 0, unknown: 0 }]
 */
export function timelinessByYear(
  reports: readonly {
    published?: string | undefined;
    responsePublished?: string | undefined;
    responseYear?: string | undefined;
    reportedTimeliness?: ReportedTimeliness | undefined;
  }[],
  reportedYears: readonly ReportedYear[] = [],
): YearTimeliness[] {
  const years = new Map<string, YearTimeliness>();
  const rowFor = (year: string) => {
    const row = years.get(year) ?? { year, responses: 0, onTime: 0, late: 0, unknown: 0 };
    years.set(year, row);
    return row;
  };
  for (const report of reports) {
    const year = report.responsePublished ? financialYearOf(report.responsePublished) : report.responseYear;
    if (!year) continue;
    const row = rowFor(year);
    const timeliness = responseTimeliness(report.published, report.responsePublished, report.reportedTimeliness);
    const status = timeliness.kind === 'reported' ? timeliness.status : timeliness.kind;
    row.responses += 1;
    if (status === 'on-time') row.onTime += 1;
    else if (status === 'late') row.late += 1;
    else row.unknown += 1;
  }
  for (const reported of reportedYears) rowFor(reported.year).reported = reported;
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

/**
 * A share as a whole percentage, as the papers print it.
 *
 * @example percent(6, 7) // => "86%"
 */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}
