/** Links to published papers. */

/**
 * The address of a paper, opening a PDF at the page where the paper starts
 * (the `#page=` open parameter that PDF viewers in browsers follow).
 *
 * @example paperHref('https://example.org/pack.pdf', 21) // => "https://example.org/pack.pdf#page=21"
 * @example paperHref('https://example.org/paper') // => "https://example.org/paper"
 */
export function paperHref(url: string, page?: number): string {
  if (page === undefined) return url;
  return `${url.replace(/#.*$/, '')}#page=${page}`;
}
