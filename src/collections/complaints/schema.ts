/**
 * Complaints information (Specified Information Order, paragraph 7C), one
 * file each in `content/complaints/`: a set of complaints figures as a paper
 * published them (the force's figures, the Commissioner's reviews of how
 * complaints were handled, complaints about a particular kind of conduct),
 * each figure as printed, with the paper it comes from. The text says how the
 * Commissioner holds the Chief Constable to account for complaint handling.
 * Never withheld: these are published statistics.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  changeNoteFields,
  expecting,
  isoDate,
  isoDateOrMonth,
  labelledEnum,
  requiredSources,
  text,
} from '../../schemas/fields';

export const FIGURE_UNIT = labelledEnum({
  count: 'A number of things counted',
  percent: 'Per cent',
  'working-days': 'Working days',
  days: 'Calendar days',
});

export const COMPLAINTS_SUBJECT = labelledEnum({
  'force-complaints': 'Complaints about the force',
  'commissioner-reviews': "The Commissioner's complaint reviews",
  'police-perpetrated-vawg': 'Police-perpetrated violence against women and girls',
});

const figureSchema = z.strictObject({
  /** What is counted, as the paper words it, e.g. "Complaint cases recorded". */
  label: text(),
  /** The figure as printed, e.g. 677 or 44. */
  value: z.number({
    error: expecting('a number', 'write the figure as a plain number, without % or commas, e.g. 1194'),
  }),
  /** What the figure is: count, percent, working-days or days. */
  unit: FIGURE_UNIT.schema().default('count'),
  /** The table it is shown in on the page, e.g. "How the cases were finalised"; figures without one are listed first. */
  group: text().optional(),
  /** The same figure for a comparison the paper gives, e.g. all forces in England and Wales. */
  comparison: z.strictObject({ label: text(), value: z.number() }).optional(),
  /** Anything a reader needs to read the figure right. */
  note: text().optional(),
});

export type ComplaintsFigure = z.output<typeof figureSchema>;

export const complaintsSchema = z.strictObject({
  /** What the figures are, e.g. "Police complaint statistics 2012-13 and 2013-14". */
  title: text(),
  /** What they are about. */
  subject: COMPLAINTS_SUBJECT.schema(),
  /** The period they cover, as the paper gives it, e.g. "January to December 2022". */
  period: text(),
  /** The last day (or month) of that period, for ordering and the feeds. */
  periodEnd: isoDateOrMonth(),
  /** Day the paper they come from was published or presented. */
  published: isoDate(),
  /** What the figures show, in a sentence or two. */
  summary: text(),
  /** Each figure as printed. */
  figures: z
    .array(figureSchema)
    .min(1, { error: explain('has no figures', 'add each figure the paper gives, with its label and value') }),
  /** Public documents this record was written from. */
  sources: requiredSources('the paper the figures come from'),
  /** Known problems in the source papers, stated for readers. */
  caveats: z.array(text()).default([]),
  ...changeNoteFields(),
});
