/**
 * Grant rounds: one round of a grant scheme, one file each in `content/grant-rounds/`.
 * The Markdown body explains the round to applicants and the public.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  approximateCount,
  approximatePounds,
  changeNoteFields,
  checkWithheldReason,
  financialYear,
  isoDate,
  isoDateOrMonth,
  labelledEnum,
  pounds,
  slug,
  source,
  text,
  url,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

export const ROUND_STATUS = labelledEnum({
  planned: 'Planned',
  open: 'Open for applications',
  assessing: 'Closed, applications being assessed',
  awarded: 'Awards made',
  closed: 'Closed',
});
export const ROUND_STATUSES = ROUND_STATUS.values;
export const ROUND_STATUS_LABELS = ROUND_STATUS.labels;

/** What the public still sees of a withheld grant award, and why. */
export const AWARD_PUBLIC_WHEN_WITHHELD = {
  amount:
    'The law requires every crime and disorder grant to be published, and the round total must add up; the amount alone names nobody.',
  area: 'Shows where the money was spent without naming a recipient whose identity or address must stay confidential, such as a refuge.',
} as const;

/** What the public still sees of a withheld grant round, and why. */
export const GRANT_ROUND_PUBLIC_WHEN_WITHHELD = {
  scheme: 'Names the grant scheme, so the public sees that the round exists.',
  title: 'Says which round it is.',
  financialYear: 'Says which year the money belongs to.',
  round: 'Says which round of the year it is.',
  status: 'Says whether the round is open, being assessed or awarded.',
  statusAsAt: 'Says how current that status is.',
} as const;

const awardSchema = z
  .strictObject({
    /** Organisation that received the grant. */
    recipient: text(),
    /** Name of the project funded. */
    project: text(),
    /** Amount awarded, in pounds. */
    amount: pounds(),
    /** What the money is for. */
    purpose: text(),
    /** Conditions attached to the award. */
    conditions: z.array(text()).default([]),
    /** Why the award was made (the law requires this to be published). */
    reasons: text(),
    /** Area that benefits, e.g. "Charnwood" or "Force-wide". */
    area: text(),
    /** Police and Crime Plan theme id (from the site config). */
    theme: slug().optional(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((a) => withhold(a, AWARD_PUBLIC_WHEN_WITHHELD));

export const grantRoundSchema = z
  .strictObject({
    /** Name of the scheme, e.g. "Community Safety Grants". */
    scheme: text(),
    /** Title of this round, e.g. "Community Safety Grants 2023/24, Round 1". */
    title: text(),
    /** Financial year the funding belongs to. */
    financialYear: financialYear(),
    /** Round number within the scheme's year; leave out for a single-round scheme. */
    round: z.int().positive().optional(),
    /** Total pot for the scheme's year, in pounds. */
    pot: pounds().optional(),
    /** Largest award any one project may receive, in pounds. */
    maxAward: pounds().optional(),
    /** Day applications open. */
    opens: isoDate().optional(),
    /** Day applications close. */
    closes: isoDate().optional(),
    /** Where the round stands. */
    status: ROUND_STATUS.schema(),
    /**
     * The date of the paper that last reported the status, e.g. the Panel
     * meeting's date, so readers can tell how current it is. A month
     * (`2023-10`) when only the month is known.
     */
    statusAsAt: isoDateOrMonth().optional(),
    /** Applications received, exactly or as the source gives it ("over 50"). */
    applicationsReceived: approximateCount().optional(),
    /** How awards are decided, e.g. "Grants Panel recommends; the Commissioner decides". */
    decisionRoute: text().optional(),
    /** How long funded projects run, e.g. "Up to 12 months". */
    projectLength: text().optional(),
    /** One sentence for listings and search results. */
    summary: text(),
    /** Where to apply or read the guidance. */
    applyUrl: url().optional(),
    /** Grants awarded in this round. */
    awards: z.array(awardSchema).default([]),
    /**
     * The round's totals as the source states them, when it does not list the
     * awards one by one, e.g. "46 projects, over half a million pounds".
     */
    reportedTotals: z
      .strictObject({
        /** Projects funded. */
        projects: approximateCount().optional(),
        /** Money awarded in all, in pounds. */
        amount: approximatePounds().optional(),
      })
      .optional(),
    /**
     * Bids the office made to another funder's scheme (e.g. the Home Office's
     * Safer Streets Fund), with the amount asked for. Awards, once known, go in `awards`.
     */
    bids: z
      .array(
        z.strictObject({
          /** What the bid is for, e.g. "Anti-social behaviour". */
          title: text(),
          /** Who leads the bid, e.g. "Violence Reduction Network". */
          lead: text(),
          /** Area the bid covers, e.g. "Melton", where the source gives it. */
          area: text().optional(),
          /** Amount asked for, in pounds. */
          amount: pounds(),
        }),
      )
      .default([]),
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
  .superRefine((r, ctx) => {
    if (r.opens && r.closes && r.closes < r.opens) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: explain(`is before "opens" (${r.opens})`, `check both dates`),
      });
    }
  })
  .transform((r) => withhold(r, GRANT_ROUND_PUBLIC_WHEN_WITHHELD));

export type GrantRoundData = z.infer<typeof grantRoundSchema>;
