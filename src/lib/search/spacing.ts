/**
 * Keeps words apart for the search index. Astro drops the whitespace between
 * tags on separate lines of a template, and Pagefind reads some block
 * elements as inline (pagefind issue #736), so their words ran together in
 * the index and in excerpts: "Date21 June 2023Decision makerCorporate…".
 * A line break after each of these closing tags restores the break the
 * template had; browsers lay the page out exactly as before.
 * @see https://github.com/Pagefind/pagefind/issues/736
 */

/** Closing tags Pagefind joins to the next text, when another tag follows at once. */
const JOINED_BY_PAGEFIND = /<\/(dt|dd|th|caption|figcaption|legend)>(?=<)/g;

/**
 * @example spaceForSearch('<dt>Date</dt><dd>21 June 2023</dd></dl>') // => "<dt>Date</dt>\n<dd>21 June 2023</dd>\n</dl>"
 */
export function spaceForSearch(html: string): string {
  return html.replace(JOINED_BY_PAGEFIND, '$&\n');
}
