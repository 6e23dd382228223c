/**
 * What an inspection's page shows besides the report (see
 * src/lib/content/page-cache.ts): the meetings that discussed it, and the
 * annual reports, one of which may state that year's record of responses.
 */
import type { Hmicfrs, Portal } from '../../lib/content/portal';
import type { PageInputs } from '../../lib/content/page-cache';
import { namedMeeting } from '../meetings/page-inputs';

export function inspectionPageInputs(portal: Portal, report: Hmicfrs): PageInputs {
  const meetings = report.data.withheld ? [] : (report.data.meetings ?? []);
  return {
    shows: [...meetings.flatMap((id) => namedMeeting(portal, id)), ...portal['annual-reports']],
  };
}
