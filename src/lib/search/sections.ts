/**
 * Which parts of a page to show under a search result. Pagefind splits each
 * page at headings that have an id (every agenda item of a meeting is one),
 * and reports each part that matched as a sub-result. Pure: used by the search
 * page's script and unit-tested on its own.
 * @see https://pagefind.app/docs/sub-results/
 */

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in the part; more means a closer match. */
  locations: readonly number[];
}

/**
 * The best-matching parts of a page, most matches first (page order breaks
 * ties), leaving out the part before the first heading, which is the page itself.
 *
 * @example matchingSections('/meetings/cgb-2023-06-21/', [{ url: '/meetings/cgb-2023-06-21/#item-7', … }]) // => [{ url: '/meetings/cgb-2023-06-21/#item-7', … }]
 */
export function matchingSections(pageUrl: string, subResults: readonly SubResult[], limit = 3): SubResult[] {
  return subResults
    .map((section, order) => ({ section, order }))
    .filter(({ section }) => section.url !== pageUrl && section.locations.length > 0)
    .sort((a, b) => b.section.locations.length - a.section.locations.length || a.order - b.order)
    .slice(0, limit)
    .map(({ section }) => section);
}
