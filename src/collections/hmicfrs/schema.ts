/**
 * HMICFRS inspection reports and the Commissioner's response, one file each in
 * `content/hmicfrs/`. The Markdown body summarises the report and response.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import { responseTimeliness } from '../../domain/hmicfrs-response';
import {
  changeNoteFields,
  checkWithheldReason,
  isoDate,
  labelledEnum,
  slug,
  source,
  text,
  url,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

export const INSPECTION_TYPE = labelledEnum({
  peel: 'PEEL inspection',
  thematic: 'Thematic inspection',
  force: 'Inspection of the force',
  'super-complaint': 'Super-complaint investigation',
  regional: 'Regional inspection',
  joint: 'Joint inspection',
});
export const INSPECTION_TYPES = INSPECTION_TYPE.values;
export const INSPECTION_TYPE_LABELS = INSPECTION_TYPE.labels;

export const GRADE = labelledEnum({
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
});
export const GRADES = GRADE.values;
export const GRADE_LABELS = GRADE.labels;

export const RECOMMENDATION_STATUS = labelledEnum(
  {
    open: 'Open',
    'in-progress': 'In progress',
    complete: 'Complete',
    superseded: 'Superseded',
    'not-accepted': 'Not accepted',
  },
  {
    definitions: {
      open: 'Accepted; no progress reported yet.',
      'in-progress': 'Work is under way and progress has been reported.',
      complete: 'The force reports it done and the Commissioner has seen the evidence.',
      superseded: 'Replaced by a later recommendation or inspection.',
      'not-accepted': 'The force or Commissioner has said it will not be acted on, and why.',
    },
  },
);
export const RECOMMENDATION_STATUSES = RECOMMENDATION_STATUS.values;
export const RECOMMENDATION_STATUS_LABELS = RECOMMENDATION_STATUS.labels;
export const RECOMMENDATION_STATUS_DEFINITIONS = RECOMMENDATION_STATUS.definitions;

/** What the public still sees of a withheld recommendation, and why. */
export const RECOMMENDATION_PUBLIC_WHEN_WITHHELD = {
  id: 'Lets the recommendation be linked and counted with the others in the report.',
  kind: 'Says whether it is a recommendation, an area for improvement or a cause of concern.',
  status: 'Shows the Panel whether it has been dealt with, even when its subject cannot be published.',
} as const;

/** What the public still sees of a withheld inspection report record, and why. */
export const HMICFRS_PUBLIC_WHEN_WITHHELD = {
  title: 'HMICFRS publishes its reports, so their titles are public.',
  inspectionType: 'Says what kind of inspection it was.',
  published: "Starts the 56-day clock for the Commissioner's response, which the Panel checks.",
  responseYear: 'Says which year the response belongs to when the exact dates are not known.',
  reportedTimeliness: 'Says whether the 56-day duty was met, which the law requires the public to be able to check.',
} as const;

const recommendationSchema = z
  .strictObject({
    /** Id unique within this report, e.g. `r1` or `afi-3`. */
    id: slug(),
    /** Recommendation, area for improvement, or cause of concern. */
    kind: z.enum(['recommendation', 'area-for-improvement', 'cause-of-concern']),
    /** The text as HMICFRS wrote it, or a faithful summary. */
    text: text(),
    /** Where it stands. */
    status: RECOMMENDATION_STATUS.schema(),
    /** Who in the force leads on it. */
    owner: text().optional(),
    /** Latest progress reported, with its date. */
    latestUpdate: z
      .strictObject({
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
  .transform((r) => withhold(r, RECOMMENDATION_PUBLIC_WHEN_WITHHELD));

export const hmicfrsSchema = z
  .strictObject({
    /** Title of the inspection report as HMICFRS published it. */
    title: text(),
    /** Kind of inspection. */
    inspectionType: INSPECTION_TYPE.schema(),
    /** Day HMICFRS published the report; starts the 56-day clock. */
    published: isoDate().optional(),
    /** Year of the Commissioner's response, when the exact dates are not known, e.g. "2022/23". */
    responseYear: z
      .string()
      .regex(/^\d{4}\/\d{2}$/)
      .optional(),
    /** Day the Commissioner's response was published. */
    responsePublished: isoDate().optional(),
    /**
     * Whether the response met the 56-day duty as a public paper states it, for
     * when the dates are not both recorded, e.g. a Board summary saying it was
     * made "in line with" the duty. Dates, where known, take precedence.
     */
    reportedTimeliness: z
      .strictObject({
        /** `on-time` or `late`, as the source says. */
        status: z.enum(['on-time', 'late']),
        /** The paper that says so, and where in it. */
        source: source(),
      })
      .optional(),
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
        z.strictObject({
          /** The area graded, as HMICFRS names it, e.g. "Recording data about crime". */
          area: text(),
          /** The grade on HMICFRS's five-point scale. */
          grade: GRADE.schema(),
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
    ...changeNoteFields(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .superRefine((h, ctx) => {
    if (h.published && h.responsePublished && h.responsePublished < h.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['responsePublished'],
        message: explain(`is before the report was published (${h.published})`, `check both dates`),
      });
    }
    if (h.published && h.responsePublished && h.reportedTimeliness) {
      const fromDates = responseTimeliness(h.published, h.responsePublished).kind;
      if (fromDates !== h.reportedTimeliness.status) {
        ctx.addIssue({
          code: 'custom',
          path: ['reportedTimeliness', 'status'],
          message: explain(
            `says "${h.reportedTimeliness.status}", but the dates make the response ${fromDates === 'late' ? 'late' : 'on time'}`,
            `check the dates and the source, or remove "reportedTimeliness" (the dates are used when both are recorded)`,
          ),
        });
      }
    }
  })
  .transform((h) => withhold(h, HMICFRS_PUBLIC_WHEN_WITHHELD));

export type HmicfrsData = z.infer<typeof hmicfrsSchema>;
