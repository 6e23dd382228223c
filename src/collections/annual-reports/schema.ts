/**
 * Annual reports, one file per year in `content/annual-reports/`.
 * The Markdown body is our summary of the report.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  changeNoteFields,
  checkWithheldReason,
  financialYear,
  isoDate,
  person,
  slug,
  source,
  text,
  url,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

/** What the public still sees of a withheld annual report, and why. */
export const ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD = {
  title: 'The law requires an annual report every year, so the public can see that one exists.',
  financialYear: 'Says which year the withheld report covers.',
  date: 'Says when it was presented or published.',
  status: 'Says whether it is a draft or the final report.',
} as const;

export const annualReportSchema = z
  .strictObject({
    /** Title, e.g. "Police and Crime Commissioner's Annual Report 2022/23". */
    title: text(),
    /** Financial year covered, e.g. "2022/23". */
    financialYear: financialYear(),
    /** Who the report is by, e.g. the Commissioner. */
    author: person(),
    /** The legal duty it meets, e.g. "Section 12, Police Reform and Social Responsibility Act 2011". */
    statutoryBasis: text().optional(),
    /** Draft (presented for comment) or final (published). */
    status: z.enum(['draft', 'final']),
    /** Id of the meeting where it was presented to the Panel. */
    presentedAt: slug().optional(),
    /** Where the published report can be read. */
    publishedUrl: url().optional(),
    /** Day it was published or presented. */
    date: isoDate(),
    /** One sentence for listings and search results. */
    summary: text(),
    /** Headline figures, exactly as the report gives them. */
    keyFigures: z
      .array(
        z.strictObject({
          /** What the figure counts, e.g. "Police officers (July 2023)". */
          label: text(),
          /** The figure as printed, e.g. "2,252" or "£7.8m". */
          value: text(),
          /** Context, e.g. "up from 1,762 in July 2018". */
          note: text().optional(),
        }),
      )
      .default([]),
    /**
     * The on-time record of the year's responses to HMICFRS reports, as the
     * report states it, e.g. six of seven within 56 days. Shown on the HMICFRS
     * page with this report as its source.
     */
    hmicfrsResponses: z
      .strictObject({
        /** Responses published in the year. */
        responses: z.int().positive(),
        /** Of those, how many were published within 56 days. */
        onTime: z.int().nonnegative(),
        /** Where the report says so, e.g. "Transparency and accountability section". */
        location: text().optional(),
      })
      .refine((r) => r.onTime <= r.responses, {
        error: explain('says more responses were on time than were published', 'check "onTime" and "responses"'),
      })
      .optional(),
    /** Section headings of the report, in order. */
    sections: z.array(text()).default([]),
    /** Commitments for the year ahead. */
    lookingAhead: z.array(text()).default([]),
    /** The Panel's response, once given. */
    panelResponse: text().optional(),
    /** Police and Crime Plan theme ids (from the site config). */
    themes: z.array(slug()).default([]),
    /** Public documents this record was written from. */
    sources: z.array(source()).default([]),
    /** Known problems in the source papers, stated for readers. */
    caveats: z.array(text()).default([]),
    ...changeNoteFields(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((r) => withhold(r, ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD));

export type AnnualReportData = z.infer<typeof annualReportSchema>;
