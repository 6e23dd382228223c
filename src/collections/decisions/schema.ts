/**
 * Decisions of significant public interest, one file each in `content/decisions/`.
 * The Markdown body gives the background and reasons.
 */
import { z } from 'zod';
import {
  changeNoteFields,
  checkWithheldReason,
  isoDateOrMonth,
  labelledEnum,
  paper,
  pounds,
  slug,
  source,
  text,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

/** Who took the decision. */
export const DECISION_MAKER = labelledEnum({
  pcc: 'Police and Crime Commissioner',
  board: 'Board',
  panel: 'Police and Crime Panel',
});
export const DECISION_MAKERS = DECISION_MAKER.values;
export type DecisionMaker = (typeof DECISION_MAKERS)[number];
export const DECISION_MAKER_LABELS = DECISION_MAKER.labels;

export const DECISION_OUTCOME = labelledEnum({
  approved: 'Approved',
  adopted: 'Adopted',
  agreed: 'Agreed',
  supported: 'Supported',
  rejected: 'Rejected',
  vetoed: 'Vetoed',
});
export const DECISION_OUTCOMES = DECISION_OUTCOME.values;
export const DECISION_OUTCOME_LABELS = DECISION_OUTCOME.labels;

/** What the public still sees of a withheld decision, and why. */
export const DECISION_PUBLIC_WHEN_WITHHELD = {
  reference: 'The decision notice number, so the record of decisions has no unexplained gaps.',
  title:
    'The law requires a record of every decision of significant public interest; the title says what was decided about, not what was decided.',
  date: 'Says when the decision was taken.',
  maker: 'Says who is accountable for it: the Commissioner, a board or the Panel.',
  body: 'Names the board or panel that took it.',
  meeting: 'Links the meeting where it was taken, whose agenda is public.',
} as const;

export const decisionSchema = z
  .strictObject({
    /** The office's own decision notice number, where it has one, e.g. "2023/014". */
    reference: text().optional(),
    /** What was decided, as a short title. */
    title: text(),
    /** Day the decision was taken, or its month (`2024-03`) when the papers give only the month. */
    date: isoDateOrMonth(),
    /** Who took it: the Commissioner, a board or the Panel. */
    maker: DECISION_MAKER.schema(),
    /** Id of the body, when a board or the Panel took it. */
    body: slug().optional(),
    /** Id of the meeting where it was taken or announced. */
    meeting: slug().optional(),
    /** How it went. */
    outcome: DECISION_OUTCOME.schema(),
    /** The decision in one or two plain-English sentences. */
    summary: text(),
    /** Money committed, in pounds, where any. */
    amount: pounds().optional(),
    /** Where the money comes from, e.g. "Section 106 developer contributions". */
    fundingSource: text().optional(),
    /** Conditions attached. */
    conditions: z.array(text()).default([]),
    /** Whether it is a decision of significant public interest. @default true */
    significantPublicInterest: z.boolean().default(true),
    /** Supporting papers. */
    papers: z.array(paper()).default([]),
    /** Police and Crime Plan theme ids (from the site config). */
    themes: z.array(slug()).default([]),
    /** Public documents this record was written from. */
    sources: z.array(source()).default([]),
    /** Known problems in the source papers, stated for readers. */
    caveats: z.array(text()).default([]),
    /** For decisions with a withheld part: a public summary of that part. */
    exemptPart: z
      .strictObject({
        /** Why the part is withheld, e.g. "Commercially sensitive (Sch 12A para 3)". */
        reason: text(),
        /** What the public may know about the withheld part. */
        publicSummary: text(),
      })
      .optional(),
    ...changeNoteFields(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((d) => withhold(d, DECISION_PUBLIC_WHEN_WITHHELD));

export type DecisionData = z.infer<typeof decisionSchema>;
