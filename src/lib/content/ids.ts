/**
 * How a content file gets its entry id, the one rule shared by the build's
 * loader and the content check, so that both see the same entries: the file
 * name without its extension, wherever the file sits in the collection's
 * folder. `meetings/2023/cgb-2023-03-20.md` is the entry `cgb-2023-03-20` at
 * `/meetings/cgb-2023-03-20/`, so two files with one name anywhere in a
 * collection are reported as a clash rather than one silently replacing the
 * other.
 */
import { basename, extname } from 'node:path';
import { slugify } from '../../domain/slug';

/**
 * @example entryIdOf('content/meetings/2023/cgb-2023-03-20.md') // => "cgb-2023-03-20"
 */
export function entryIdOf(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length);
}

/** Ids are addresses: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id a badly named file should have, for the message that asks to rename it.
 *
 * @example suggestedId('Estates Strategy (final)') // => "estates-strategy-final"
 */
export function suggestedId(id: string): string {
  return slugify(id) || 'entry';
}
