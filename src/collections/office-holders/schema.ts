/**
 * The Commissioner and the Deputy (Specified Information Order, paragraph 1),
 * one file each in `content/office-holders/`: who holds the office and since
 * when, their salary and allowances, and their register of interests and of
 * gifts and hospitality, each as the office publishes it. A part the papers do
 * not give is left out, and the page says it is not published here yet.
 */
import { z } from 'zod';
import {
  changeNoteFields,
  giftOrHospitality,
  isoDate,
  labelledEnum,
  pounds,
  requiredSources,
  text,
} from '../../schemas/fields';

export const OFFICE = labelledEnum({
  commissioner: 'Police and Crime Commissioner',
  deputy: 'Deputy Police and Crime Commissioner',
});

const interestSchema = z.strictObject({
  /** The interest, as declared, e.g. "Member of the Rotary Club of Oakham". */
  interest: text(),
  /** Day it was declared. */
  declared: isoDate().optional(),
});

export const officeHolderSchema = z.strictObject({
  /** Name as it should be printed, e.g. "Rupert Matthews". */
  name: text(),
  /** The office held. */
  office: OFFICE.schema(),
  /** Day they took office (for the Commissioner, the day elected). */
  from: isoDate().optional(),
  /** Day they left office, for a former holder. */
  to: isoDate().optional(),
  /** Salary a year, in pounds. */
  salary: pounds().optional(),
  /** Allowances, in a sentence, as the office publishes them. */
  allowances: text().optional(),
  /** The register of interests, each interest as declared. */
  interests: z.array(interestSchema).optional(),
  /** The register of gifts and hospitality. */
  gifts: z.array(giftOrHospitality()).optional(),
  /** Public documents this record was written from. */
  sources: requiredSources('the paper the record comes from'),
  ...changeNoteFields(),
});
