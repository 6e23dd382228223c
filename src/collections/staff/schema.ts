/**
 * The office's staff (Specified Information Order, paragraph 2), one file
 * per date in `content/staff/`: how many people work for the office, the
 * equality make-up of the staff, the organisation chart, senior salaries and
 * the staff's gifts and hospitality, as the office publishes them.
 */
import { z } from 'zod';
import { changeNoteFields, giftOrHospitality, isoDate, pounds, requiredSources, text, url } from '../../schemas/fields';

const seniorSalarySchema = z.strictObject({
  /** The post, e.g. "Chief Executive". */
  post: text(),
  /** Salary a year, in pounds. */
  salary: pounds(),
});

export const staffSchema = z.strictObject({
  /** Its title, e.g. "Staff of the office at 31 March 2024". */
  title: text(),
  /** Day the figures are for. */
  asAt: isoDate(),
  /** What the figures show, in a sentence or two. */
  summary: text(),
  /** People employed by the office. */
  headcount: z.int().nonnegative().optional(),
  /** Full-time equivalent posts. */
  fullTimeEquivalent: z.number().nonnegative().optional(),
  /** Posts paid more than the senior salary threshold, with their salaries. */
  seniorSalaries: z.array(seniorSalarySchema).optional(),
  /** The staff's register of gifts and hospitality, each with who received it. */
  gifts: z.array(giftOrHospitality()).optional(),
  /** The organisation chart, where it is published online. */
  organisationChart: url().optional(),
  /** Public documents this record was written from. */
  sources: requiredSources('the document the figures come from'),
  ...changeNoteFields(),
});
