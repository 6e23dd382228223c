/**
 * Lower-case words joined by hyphens: how a title becomes part of an address
 * or a file name.
 *
 * @example slugify('Rape performance (escalated)') // => "rape-performance-escalated"
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
