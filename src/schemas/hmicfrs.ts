/**
 * HMICFRS inspection reports and the Commissioner's response, one file each in
 * `content/hmicfrs/`. The Markdown body summarises the report and response.
 */
import { z } from 'zod';
import { checkWithheldReason, isoDate, slug, source, text, url, visibilityFields, withhold } from './fields';

export const INSPECTION_TYPES = ['peel', 'thematic', 'force', 'super-complaint', 'regional', 'joint'] as const;
export const GRADES = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'] as const;
export const RECOMMENDATION_STATUSES = ['open', 'in-progress', 'complete', 'superseded', 'not-accepted'] as const;

const recommendationSchema = z
  .object({
    /** Id unique within this report, e.g. `r1` or `afi-3`. */
    id: slug(),
    /** Recommendation, area for improvement, or cause of concern. */
    kind: z.enum(['recommendation', 'area-for-improvement', 'cause-of-concern']),
    /** The text as HMICFRS wrote it, or a faithful summary. */
    text: text(),
    /** Where it stands. */
    status: z.enum(RECOMMENDATION_STATUSES, { error: `must be one of: ${RECOMMENDATION_STATUSES.join(', ')}` }),
    /** Who in the force leads on it. */
    owner: text().optional(),
    /** Latest progress reported, with its date. */
    latestUpdate: z
      .object({
        /** When the update was reported. */
        date: isoDate(),
        /** What was reported, in plain English. */
        text: text(),
      })
      .optional(),
    /** Ids of meetings that discussed it. */
    meetings: z.array(slug()).default([]),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((r) => withhold(r, ['id', 'kind', 'status']));

export const hmicfrsSchema = z
  .object({
    /** Title of the inspection report as HMICFRS published it. */
    title: text(),
    /** Kind of inspection. */
    inspectionType: z.enum(INSPECTION_TYPES, { error: `must be one of: ${INSPECTION_TYPES.join(', ')}` }),
    /** Day HMICFRS published the report; starts the 56-day clock. */
    published: isoDate().optional(),
    /** Year of the Commissioner's response, when the exact dates are not known, e.g. "2022/23". */
    responseYear: z
      .string()
      .regex(/^\d{4}\/\d{2}$/)
      .optional(),
    /** Day the Commissioner's response was published. */
    responsePublished: isoDate().optional(),
    /** Link to the report. */
    reportUrl: url().optional(),
    /** Link to the Commissioner's published response. */
    responseUrl: url().optional(),
    /** Who the response was sent to, e.g. "HM Chief Inspector of Constabulary and the Home Secretary". */
    sentTo: text().optional(),
    /** One sentence for listings and search results. */
    summary: text(),
    /** Graded judgements, where the inspection gives grades. */
    grades: z
      .array(
        z.object({
          /** The area graded, as HMICFRS names it, e.g. "Recording data about crime". */
          area: text(),
          /** The grade on HMICFRS's five-point scale. */
          grade: z.enum(GRADES, { error: `must be one of: ${GRADES.join(', ')}` }),
        }),
      )
      .default([]),
    /** Recommendations and areas for improvement, each with its status. */
    recommendations: z.array(recommendationSchema).default([]),
    /** Ids of meetings that discussed the report. */
    meetings: z.array(slug()).default([]),
    /** Police and Crime Plan theme ids (from the site config). */
    themes: z.array(slug()).default([]),
    /** Public documents this record was written from. */
    sources: z.array(source()).default([]),
    /** Known gaps or problems in the source papers, stated for readers. */
    caveats: z.array(text()).default([]),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .superRefine((h, ctx) => {
    if (h.published && h.responsePublished && h.responsePublished < h.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['responsePublished'],
        message: `is before the report was published (${h.published}): check both dates`,
      });
    }
  })
  .transform((h) => withhold(h, ['title', 'inspectionType', 'published', 'responseYear']));

export type HmicfrsData = z.infer<typeof hmicfrsSchema>;
