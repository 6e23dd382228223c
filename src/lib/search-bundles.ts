/**
 * The search index is two Pagefind bundles: one for pages (meetings with
 * their agenda items, decisions, reports, grant rounds, inspections,
 * measures) and one for the action and HMICFRS recommendation records. The
 * search page loads each bundle's script separately, so each searches in a
 * web worker of its own, side by side, and merges what they find.
 *
 * Why two: Pagefind's time to score a query grows faster than the number of
 * matches in a bundle, and on a 5,000-entry site the records more than
 * double the matches of common words. Split, the median query took 71 ms
 * instead of 279 ms in headless Chromium.
 *
 * Pure apart from calling the results' own `data()`: used by the build, the
 * search page's script and tests.
 * @see https://pagefind.app/docs/multisite/
 */

/** Folders of the bundles in the built site, in the order their results win a tie. */
export const SEARCH_BUNDLES = ['pagefind', 'pagefind-records'] as const;

/** A result as Pagefind's `search()` returns it: its data is fetched only when asked for. */
export interface Hit<T> {
  score: number;
  data: () => Promise<T>;
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
 * Most relevant first across bundles, by Pagefind's score, as its own
 * `mergeIndex` sorts several bundles together; a tie keeps bundle order.
 * Each bundle scores against its own word counts, so the scales differ a
 * little: the browser journeys check the top results this gives.
 */
export function pagesByRelevance<T>(lists: readonly (readonly Hit<T>[])[]): NextPage<T> {
  const merged = lists.flat().sort((a, b) => b.score - a.score);
  let next = 0;
  return (count) => {
    const page = merged.slice(next, next + count);
    next += page.length;
    return Promise.all(page.map((hit) => hit.data()));
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
