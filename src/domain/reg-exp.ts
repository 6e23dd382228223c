/**
 * Text to match literally inside a regular expression.
 *
 * @example escapeRegExp('S106 (a)') // => "S106 \\(a\\)"
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
