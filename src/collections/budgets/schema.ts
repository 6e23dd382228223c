/**
 * The budget and precept for one financial year, one file each in
 * `content/budgets/`: the figures the Commissioner set and the Panel
 * considered, as the papers print them. Never withheld: the law requires
 * them to be published before the year begins.
 */
import { z } from 'zod';
import {
  changeNoteFields,
  expecting,
  financialYear,
  isoDate,
  pounds,
  requiredSources,
  text,
} from '../../schemas/fields';

export const budgetSchema = z.strictObject({
  /** The year it is for, e.g. "2015/16". */
  financialYear: financialYear(),
  /** A short title, e.g. "Budget and precept 2015/16". */
  title: text(),
  /** Day the Police and Crime Panel considered the proposed precept. */
  considered: isoDate().optional(),
  /** What was set, in a sentence or two. */
  summary: text(),
  /** The total budget requirement in pounds, before any use of reserves. */
  budgetRequirement: pounds().optional(),
  /** The part raised through council tax (the police precept), in pounds. */
  councilTaxRequirement: pounds().optional(),
  /** The rise in the precept, in per cent, e.g. 1.99. */
  preceptIncreasePercent: z
    .number({ error: expecting('a number of per cent', 'write it without the % sign, e.g. 1.99') })
    .optional(),
  /** The precept for a Band D property, in pounds, to as many decimal places as the papers print. */
  bandD: pounds().optional(),
  /** The yearly rise for a Band D property, in pounds. */
  bandDRise: pounds().optional(),
  /** Public documents this record was written from. */
  sources: requiredSources('the paper the figures come from'),
  /** Known problems in the source papers, stated for readers. */
  caveats: z.array(text()).default([]),
  ...changeNoteFields(),
});
