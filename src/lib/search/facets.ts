/**
 * The filter values (type, board, year, theme, status) of every result in a
 * search bundle, written beside the bundle as `facets.json`, so that the
 * search page filters and counts results itself instead of asking Pagefind.
 *
 * Why not Pagefind's own filters: with any filter loaded, Pagefind 1.6 counts
 * every value of it against every result of every search, twice, by a linear
 * scan of the results for each page of the value (`get_filters` in
 * pagefind_web/src/filter.rs), so a common word's search grows with the
 * square of its matches. On 5,000 entries "police" took 666 ms in the records
 * bundle with the filters loaded and 40 ms without. Looking up each result's
 * values in a map is linear, and Pagefind is then never given a filter.
 *
 * Pure: the build makes the table from the bundle's fragments, the search
 * page reads it.
 */
import { FILTER_KEYS, type FilterKey } from './state';

/** The table's file in each bundle's folder. */
export const FACETS_FILE = 'facets.json';

/** A result's filter values, as its Pagefind fragment holds them. */
export type FilterValues = Readonly<Record<string, readonly string[]>>;

/** Counts per value per filter, as the search page shows them beside its checkboxes. */
export type FacetCounts = Record<string, Record<string, number>>;

/**
 * A bundle's results grouped by the filter values they share, compactly:
 * most results share theirs with many others, so each combination is
 * written once, naming each value by its place in `values`.
 */
export interface FacetTable {
  /** The filters, in the order of `values` and of each group's `values`. */
  keys: string[];
  /** Each filter's values, sorted. */
  values: string[][];
  groups: {
    /** Per filter, the places in `values` of this group's values. */
    values: number[][];
    /** The Pagefind ids of the results in this group, separated by spaces. */
    ids: string;
  }[];
  /** A word on many of the bundle's results, which the page searches once while it loads (see warm-up.ts). */
  warmUpWord?: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Only the filters the search page offers, each value once, in order, so the same bundle gives the same file. */
function normalFilters(filters: FilterValues): string[][] {
  return FILTER_KEYS.map((key) => [...new Set(filters[key] ?? [])].sort(byText));
}

/**
 * The table of a bundle from its results (Pagefind's id for each, which is
 * the name of its fragment, and its filters).
 *
 * @example facetTable([{ id: 'en_1', filters: { type: ['Action'] } }]).groups // => [{ values: [[0], [], [], [], []], ids: 'en_1' }]
 */
export function facetTable(results: Iterable<{ id: string; filters: FilterValues }>): FacetTable {
  const groups = new Map<string, { filters: string[][]; ids: string[] }>();
  const values = FILTER_KEYS.map(() => new Set<string>());
  for (const { id, filters } of results) {
    const normal = normalFilters(filters);
    normal.forEach((keyValues, i) => keyValues.forEach((value) => values[i]?.add(value)));
    const key = JSON.stringify(normal);
    const group = groups.get(key) ?? { filters: normal, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const sortedValues = values.map((set) => [...set].sort(byText));
  return {
    keys: [...FILTER_KEYS],
    values: sortedValues,
    groups: [...groups.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([, group]) => ({
        values: group.filters.map((keyValues, i) => keyValues.map((value) => sortedValues[i]?.indexOf(value) ?? -1)),
        ids: group.ids.sort(byText).join(' '),
      })),
  };
}

/** A bundle's table as the search page looks results up in it. */
export interface Facets {
  /** The filter values of a result, by its Pagefind id; none for a result the table does not know. */
  of: (id: string) => FilterValues | undefined;
  /** Counts over every result in the bundle. */
  totals: FacetCounts;
}

export function facetsOf(table: FacetTable): Facets {
  const byId = new Map<string, FilterValues>();
  const totals: FacetCounts = {};
  for (const group of table.groups) {
    const filters: Record<string, string[]> = {};
    table.keys.forEach((key, i) => {
      const named = (group.values[i] ?? []).flatMap((at) => table.values[i]?.[at] ?? []);
      if (named.length > 0) filters[key] = named;
    });
    const ids = group.ids.split(' ').filter((id) => id !== '');
    for (const id of ids) byId.set(id, filters);
    addCounts(totals, filters, ids.length);
  }
  return { of: (id) => byId.get(id), totals };
}

function addCounts(into: FacetCounts, filters: FilterValues, count: number): void {
  for (const [key, values] of Object.entries(filters)) {
    const counts = (into[key] ??= {});
    for (const value of values) counts[value] = (counts[value] ?? 0) + count;
  }
}

/**
 * True when a result has one of the chosen values of every filter with a
 * choice: values within a filter are alternatives, filters must all match.
 * A result the table does not know matches only when nothing is chosen.
 *
 * @example matchesChoice({ type: ['Action'], year: ['2023'] }, { type: ['Action', 'Decision'], year: [] }) // => true
 */
export function matchesChoice(
  filters: FilterValues | undefined,
  chosen: Readonly<Partial<Record<FilterKey, readonly string[]>>>,
): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = chosen[key] ?? [];
    return wanted.length === 0 || (filters?.[key] ?? []).some((value) => wanted.includes(value));
  });
}

/** Counts over the given results of a bundle, as Pagefind would have counted them. */
export function countFacets(facets: Facets, ids: Iterable<string>): FacetCounts {
  const counts: FacetCounts = {};
  for (const id of ids) {
    const filters = facets.of(id);
    if (filters) addCounts(counts, filters, 1);
  }
  return counts;
}
