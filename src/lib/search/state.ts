/**
 * The state of a search (query, filters, sort) and its round trip through the
 * page address, so that a search can be shared as a link and the back button
 * works. Pure: used by the search page's script and unit-tested on its own.
 */

/** Filters offered, in the order they are shown. */
export const FILTER_KEYS = ['type', 'body', 'year', 'theme', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  body: 'Board or panel',
  year: 'Year',
  theme: 'Police and Crime Plan theme',
  status: 'Status (actions and recommendations)',
};

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** No query, no filters. */
export function emptyState(): SearchState {
  return { query: '', filters: { type: [], body: [], year: [], theme: [], status: [] }, sort: 'relevance' };
}

/**
 * Reads a search from the page address.
 *
 * @example parseSearchState('?q=stalking&type=Action&year=2023').filters.type // => ["Action"]
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS) {
    state.filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  }
  state.sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  return state;
}

/**
 * Writes a search as a page address query string, leaving out what is empty or default.
 *
 * @example toQueryString({ query: 'VAWG', filters: { type: ['Decision'], … }, sort: 'newest' }) // => "?q=VAWG&type=Decision&sort=newest"
 */
export function toQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is anything to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/**
 * Pagefind search options: the order only. Without a query, results are
 * newest first. Filters are never given to Pagefind: the search page applies
 * them from the facet table (see facets.ts for why).
 */
export function toPagefindOptions(state: SearchState): { sort?: { date: 'desc' } } {
  const newest = state.sort === 'newest' || state.query === '';
  return newest ? { sort: { date: 'desc' } } : {};
}

/**
 * What the screen reader hears and the page shows after a search.
 *
 * @example describeResults(3, { query: 'stalking', filters: { type: ['Action'], … }, sort: 'relevance' }) // => "3 results for “stalking”, filtered by type: Action"
 */
export function describeResults(count: number, state: SearchState): string {
  const results = `${count} result${count === 1 ? '' : 's'}`;
  const query = state.query ? ` for “${state.query}”` : '';
  const active = FILTER_KEYS.filter((key) => state.filters[key].length > 0).map(
    (key) => `${FILTER_LABELS[key].split(' (')[0].toLowerCase()}: ${state.filters[key].join(' or ')}`,
  );
  const filtered = active.length > 0 ? `, filtered by ${active.join('; ')}` : '';
  const sorted = state.sort === 'newest' && state.query ? ', newest first' : '';
  return `${results}${query}${filtered}${sorted}`;
}
