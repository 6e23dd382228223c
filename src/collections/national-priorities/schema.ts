/**
 * The Commissioner's statement on the national priorities for policing
 * (Specified Information Order, paragraph 7A), one file each in
 * `content/national-priorities/`: how the Commissioner has taken the Home
 * Secretary's national priorities into account, as published.
 */
import { z } from 'zod';
import { changeNoteFields, isoDate, requiredSources, text } from '../../schemas/fields';

export const nationalPrioritiesSchema = z.strictObject({
  /** Its title, e.g. "Statement on the national policing priorities 2024". */
  title: text(),
  /** Day it was published. */
  published: isoDate(),
  /** What it says, in a sentence or two. */
  summary: text(),
  /** Public documents this record was written from. */
  sources: requiredSources('the statement the record comes from'),
  ...changeNoteFields(),
});
