/** What an annual report's page shows besides the report (see src/lib/content/page-cache.ts): the meeting it was presented at. */
import type { AnnualReport, Portal } from '../../lib/content/portal';
import type { PageInputs } from '../../lib/content/page-cache';
import { namedMeeting } from '../meetings/page-inputs';

export function annualReportPageInputs(portal: Portal, report: AnnualReport): PageInputs {
  return { shows: report.data.withheld ? [] : namedMeeting(portal, report.data.presentedAt) };
}
