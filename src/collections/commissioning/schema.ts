/**
 * The Commissioner's commissioning plans and budgets, one file each in
 * `content/commissioning/`: the commissioning intentions of a framework,
 * each with its funding and the amount for each year, and the commissioning
 * budget of a year by what it was spent on, as the papers print them.
 * Never withheld: these are the office's published plans.
 */
import { z } from 'zod';
import {
  changeNoteFields,
  financialYear,
  isoDate,
  labelledEnum,
  pounds,
  requiredSources,
  text,
} from '../../schemas/fields';

export const FUNDING_MECHANISM = labelledEnum({
  direct: 'Direct',
  'pcc-grant': 'PCC grant',
  'co-commissioned': 'Co-commissioned',
  tbc: 'To be confirmed',
});

const intentionSchema = z.strictObject({
  /** The framework's code, e.g. "CI012". */
  code: text(),
  /** The Police and Crime Plan's strategic priorities it serves, e.g. [SP6, SP9]. */
  priorities: z.array(text()).default([]),
  /** The intention, as the framework words it. */
  intention: text(),
  /** How it is funded; left out where the paper cannot be read. */
  mechanism: FUNDING_MECHANISM.schema().optional(),
  /** The amount for each year, in pounds; an estimate for a later year. */
  amounts: z
    .array(
      z.strictObject({
        /** The financial year, e.g. "2015/16". */
        year: financialYear(),
        /** Pounds. */
        value: pounds(),
        /** True when the paper gives it as an estimate. */
        estimate: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Who provides it, or anything else the framework says of it. */
  comment: text().optional(),
});

const budgetLineSchema = z.strictObject({
  /** "funding" for where the money came from, "spending" for what it was spent on. */
  side: z.enum(['funding', 'spending']),
  /** The line, as the paper words it, e.g. "Victim and Witnesses". */
  label: text(),
  /** Millions of pounds, as printed, e.g. 2.4. */
  millions: z.number().nonnegative(),
});

export type CommissioningIntention = z.output<typeof intentionSchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;

export const commissioningSchema = z.strictObject({
  /** What it is, e.g. "Commissioning Framework 2015/17". */
  title: text(),
  /** The first financial year it covers. */
  financialYear: financialYear(),
  /** Day the paper it comes from was published or presented. */
  published: isoDate(),
  /** What it sets out, in a sentence or two. */
  summary: text(),
  /** The commissioning budget for the year, in pounds, where the paper gives it. */
  budget: pounds().optional(),
  /** The commissioning intentions, each funding line as the framework lists it. */
  intentions: z.array(intentionSchema).default([]),
  /** The budget by where the money came from and what it was spent on. */
  budgetLines: z.array(budgetLineSchema).default([]),
  /** Public documents this record was written from. */
  sources: requiredSources('the paper the figures come from'),
  /** Known problems in the source papers, stated for readers. */
  caveats: z.array(text()).default([]),
  ...changeNoteFields(),
});
