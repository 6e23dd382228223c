/**
 * The Commissioner's 56-day duty to publish comments on an HMICFRS report
 * (Police Act 1996, s55). Publication day counts as day 1, so the response is
 * due 55 days after the publication date.
 */
import { addDays } from './dates';

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
