/**
 * The office's policies and procedures (Specified Information Order,
 * paragraph 6), one file each in `content/policies/`: what each is for, when
 * it was adopted and is due for review, and where the full document is.
 */
import { z } from 'zod';
import { changeNoteFields, isoDate, isoDateOrMonth, requiredSources, text, url } from '../../schemas/fields';

export const policySchema = z.strictObject({
  /** Its title, e.g. "Complaints policy". */
  title: text(),
  /** What it is for, in a sentence or two. */
  summary: text(),
  /** Day it was adopted, or last revised. */
  adopted: isoDate(),
  /** When it is next due for review (YYYY-MM-DD, or YYYY-MM). */
  reviewDue: isoDateOrMonth().optional(),
  /** The full document, where it is published online. */
  document: url().optional(),
  /** Public documents this record was written from. */
  sources: requiredSources('the document the record comes from'),
  ...changeNoteFields(),
});
