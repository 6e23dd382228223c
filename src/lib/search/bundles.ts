/**
 * The search index is two Pagefind bundles: one for pages (meetings with
 * their agenda items, decisions, reports, grant rounds, inspections,
 * measures) and one for the action and HMICFRS recommendation records. The
 * search page loads each bundle's script separately, searches both and
 * merges what they find.
 *
 * Why two: a result must be a page or a record to be shown as one, and the
 * records bundle can be kept between builds (scripts/lib/records-cache.ts)
 * while the pages change. Split, the median query took 71 ms instead of
 * 279 ms in headless Chromium, most of which was Pagefind counting filter
 * values (see facets.ts), which the page now does itself.
 *
 * Pure apart from calling the results' own `data()`: used by the build, the
 * search page's script and tests.
 * @see https://pagefind.app/docs/multisite/
 */

/** Folders of the bundles in the built site, in the order their results win a tie. */
export const SEARCH_BUNDLES = ['pagefind', 'pagefind-records'] as const;

/** A result as Pagefind's `search()` returns it: its data is fetched only when asked for. */
export interface Hit<T> {
  /** Pagefind's id for the result, the name of its fragment: the key of the bundle's facet table. */
  id: string;
  score: number;
  data: () => Promise<T>;
  /** Metadata fields the query matched, e.g. `title`. */
  matchedMetaFields?: string[];
}

/** Gives the next `count` results (fewer at the end), loading only those. */
export type NextPage<T> = (count: number) => Promise<T[]>;

/** Adds up the filter counts of several bundles: each document is in exactly one. */
export function mergeFilterCounts(
  counts: readonly Record<string, Record<string, number>>[],
): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const bundle of counts) {
    for (const [key, values] of Object.entries(bundle)) {
      const into = (merged[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/**
 * The results the first page will show, before they are ranked: the best
 * scores of all bundles for the relevance order (pagesByRank ranks within
 * them), the first of each bundle for the newest first (pagesByNewest takes
 * from each). Fetching their data as soon as the search returns, rather than
 * after the relevance check, saves the page one round trip to the server.
 */
export function firstPageHits<T>(lists: readonly (readonly Hit<T>[])[], count: number, byNewest: boolean): Hit<T>[] {
  if (byNewest) return lists.flatMap((list) => list.slice(0, count));
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
}

/** How a result's title answers the query: 2 when it is the query, 1 when it holds every word of it. */
export type TitleMatch = 0 | 1 | 2;

export interface Ranking<T> {
  titleMatch: (data: T) => TitleMatch;
  /** YYYY-MM-DD (or YYYY-MM), or '' when undated. */
  dateOf: (data: T) => string;
}

/** Scores within 1% of each other are equals, so the newer of them comes first. */
const scoreBand = (score: number) => (score > 0 ? Math.floor(Math.log(score) / Math.log(1.01)) : -Infinity);

/**
 * Most relevant first, as a reader expects: the results whose title is the
 * query (a decision, a report or a measure named by it), then those whose
 * title holds every word of it, then by Pagefind's score; among equal scores,
 * newer first. Pagefind's order is kept beyond the first `head` results,
 * whose data is loaded to see their titles and dates.
 */
export function pagesByRank<T>(lists: readonly (readonly Hit<T>[])[], ranking: Ranking<T>, head = 20): NextPage<T> {
  const merged = lists.flat().sort((a, b) => b.score - a.score);
  let ranked: Promise<T[]> | undefined;
  let next = 0;
  const rankHead = async () => {
    const loaded = await Promise.all(
      merged.slice(0, head).map(async (hit, order) => ({ hit, order, data: await hit.data() })),
    );
    return loaded
      .map((r) => ({
        ...r,
        title: ranking.titleMatch(r.data),
        band: scoreBand(r.hit.score),
        date: ranking.dateOf(r.data),
      }))
      .sort((a, b) => b.title - a.title || b.band - a.band || b.date.localeCompare(a.date) || a.order - b.order)
      .map((r) => r.data);
  };
  return async (count) => {
    ranked ??= rankHead();
    const top = await ranked;
    const fromTop = top.slice(next, next + count);
    const rest = merged.slice(Math.max(next, top.length), next + count).map((hit) => hit.data());
    next += fromTop.length + rest.length;
    return [...fromTop, ...(await Promise.all(rest))];
  };
}

/**
 * Newest first across bundles, each of which Pagefind has already sorted newest
 * first. A result's date is known only once its data is loaded, so each page
 * loads the next `count` of every bundle, takes the newest `count` of them and
 * keeps the rest for the next page. A result with no date comes last; a tie
 * keeps bundle order.
 */
export function pagesByNewest<T>(lists: readonly (readonly Hit<T>[])[], dateOf: (data: T) => string): NextPage<T> {
  const loaded = new Map<Hit<T>, Promise<T>>();
  const load = (hit: Hit<T>) => {
    if (!loaded.has(hit)) loaded.set(hit, hit.data());
    return loaded.get(hit)!;
  };
  const bundles = lists.map((list) => ({ list, next: 0 }));
  return async (count) => {
    const heads = await Promise.all(
      bundles.map(async (bundle) => ({
        bundle,
        items: await Promise.all(bundle.list.slice(bundle.next, bundle.next + count).map(load)),
      })),
    );
    const page: T[] = [];
    while (page.length < count) {
      let newest: (typeof heads)[number] | undefined;
      for (const head of heads) {
        const first = head.items[0];
        if (first !== undefined && (!newest || dateOf(first) > dateOf(newest.items[0]))) newest = head;
      }
      if (!newest) break;
      page.push(newest.items.shift()!);
      newest.bundle.next += 1;
    }
    return page;
  };
}
