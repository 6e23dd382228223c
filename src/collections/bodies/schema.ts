/**
 * Bodies: the boards and panels that hold meetings, one file each in
 * `content/bodies/`. The Markdown body describes the body for the public.
 */
import { z } from 'zod';
import { changeNoteFields, isoDate, person, slug, text, url } from '../../schemas/fields';

export const BODY_KINDS = ['scrutiny-panel', 'governance-board', 'advisory-panel', 'partnership-board'] as const;

export const bodySchema = z.strictObject({
  /** Full name, e.g. "Police and Crime Panel for" and the area it covers. */
  name: text(),
  /** Short name for tables and filters, e.g. "Police and Crime Panel". */
  shortName: text(),
  /** Abbreviation used in the papers, e.g. "PCP" or "CGB". */
  abbreviation: text().optional(),
  /** What kind of body it is. */
  kind: z.enum(BODY_KINDS),
  /** Its purpose in one or two sentences. */
  purpose: text(),
  /** Who chairs it, e.g. "The Police and Crime Commissioner". */
  chair: person().optional(),
  /** How often it meets, in words, e.g. "Every eight weeks". */
  frequency: text().optional(),
  /** Whether its meetings are public, private, or have open and closed parts. */
  access: z.enum(['public', 'private', 'open-and-closed']),
  /** Who hosts or administers it, e.g. the city or county council. */
  hostedBy: text().optional(),
  /** When it was set up. */
  established: isoDate().optional(),
  /** Id of a body it replaced. */
  replaces: slug().optional(),
  /** Its own web page, e.g. the host council's committee page. */
  website: url().optional(),
  /** Position in lists; lower comes first. @default 100 */
  order: z.int().default(100),
  ...changeNoteFields(),
});

export type BodyData = z.infer<typeof bodySchema>;
