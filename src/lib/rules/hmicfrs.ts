/**
 * HMICFRS inspections as readers see them: on-time records by year and the share on time.
 * The 56-day response duty itself is a rule the schemas check too, so it lives
 * in the domain layer and is re-exported here for pages.
 */
import { type ReportedTimeliness, responseTimeliness, type SourceRef } from '../../domain/hmicfrs-response';

export {
  type ReportedTimeliness,
  RESPONSE_DUE_AFTER_DAYS,
  responseDueDate,
  responseTimeliness,
  type SourceRef,
  type Timeliness,
} from '../../domain/hmicfrs-response';

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
