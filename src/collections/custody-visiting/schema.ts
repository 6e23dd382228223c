/**
 * Custody visiting (Specified Information Order, paragraph 8), one file each
 * in `content/custody-visiting/`: what a paper reports of the Commissioner's
 * independent custody visiting scheme for a period, with its figures as
 * printed. Never withheld: visitors' reports are summarised, not published.
 */
import { z } from 'zod';
import {
  approximateCount,
  changeNoteFields,
  isoDate,
  isoDateOrMonth,
  requiredSources,
  text,
} from '../../schemas/fields';

export const custodyVisitingSchema = z.strictObject({
  /** What the report is, e.g. "Independent custody visiting 2022/23". */
  title: text(),
  /** The period it covers, as the paper gives it, e.g. "April 2022 to March 2023". */
  period: text(),
  /** The last day (or month) of that period, for ordering. */
  periodEnd: isoDateOrMonth(),
  /** Day the paper it comes from was published or presented. */
  published: isoDate(),
  /** What the scheme did, in a sentence or two. */
  summary: text(),
  /** Independent custody visitors on the scheme. */
  volunteers: approximateCount().optional(),
  /** Visits made to police custody. */
  visits: approximateCount().optional(),
  /** Hours the visitors gave on visits. */
  hoursVolunteered: approximateCount().optional(),
  /** The share of scheduled visits that were made, in per cent. */
  scheduledVisitsMadePercent: z.number().min(0).max(100).optional(),
  /** Public documents this record was written from. */
  sources: requiredSources('the paper the record comes from'),
  /** Known problems in the source papers, stated for readers. */
  caveats: z.array(text()).default([]),
  ...changeNoteFields(),
});
