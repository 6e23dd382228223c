/**
 * The search page's behaviour, as the <portal-search> element that wraps the
 * form and results (SearchResults.astro): it runs Pagefind as you type (after
 * a short pause) or submit, in both search bundles at once, applies filters and
 * sort, keeps everything in the address so a search can be shared and the back
 * button works, and announces the number of results. It finds its parts inside
 * itself, keeps its state to itself, and leaves making the nodes to
 * search-render.ts. Loaded only by the search page.
 * @see https://pagefind.app/docs/api/
 */
import {
  describeResults,
  FILTER_KEYS,
  type FilterKey,
  hasCriteria,
  parseSearchState,
  type SearchState,
  toPagefindOptions,
  toQueryString,
} from '../../lib/search/state';
import {
  firstPageHits,
  type Hit,
  mergeFilterCounts,
  type NextPage,
  pagesByNewest,
  pagesByRank,
  SEARCH_BUNDLES,
  type TitleMatch,
} from '../../lib/search/bundles';
import { isAbout, queryTerms, titleMatch } from '../../lib/search/relevance';
import { alternativesFor } from '../../data/search-terms';
import { type ExcerptPart, excerptAround, excerptParts } from '../../lib/search/excerpts';
import { latestOnly } from '../../lib/search/latest-only';
import {
  countFacets,
  type FacetCounts,
  type Facets,
  FACETS_FILE,
  facetsOf,
  type FacetTable,
  matchesChoice,
} from '../../lib/search/facets';
import { filterGroups, nothingFound, type ResultData, resultItem } from './search-render';

interface PagefindApi {
  options: (opts: Record<string, unknown>) => Promise<void>;
  preload: (query: string, options?: object) => Promise<void>;
  search: (query: string | null, options: object) => Promise<{ results: Hit<ResultData>[] }>;
}

/** A bundle as the page searches it: Pagefind, and the filter values of its results (see facets.ts). */
interface Bundle {
  api: PagefindApi;
  facets: Facets;
}

/** Results fetched and shown at a time: each needs its own fragment of the index, so fewer show sooner. */
const PAGE_SIZE = 10;
/**
 * Long enough to take a burst of keys (a paste, a fast double letter) as one
 * query, short enough not to be noticed. Searches run one at a time (see
 * latestOnly), so a short pause never queues a search per keystroke.
 */
const TYPING_PAUSE_MS = 40;
/**
 * A query of one or two letters matches thousands of words by prefix, so it is
 * the slowest search and says the least: while typing, it waits for a real
 * pause (a reader stopping at "DA"), so that a search for "p" or "po" does not
 * hold up the one for the word being typed.
 */
const SHORT_QUERY_PAUSE_MS = 300;
const isShort = (query: string) => query.length <= 2;

const noResults: NextPage<ResultData> = () => Promise.resolve([]);
const hasFilters = (s: SearchState) => FILTER_KEYS.some((key) => s.filters[key].length > 0);

/**
 * Each hit's data carries the metadata fields it matched, which only the hit
 * knows. Loaded once: the first page's are fetched early (see firstPageHits)
 * and asked for again when the page is drawn.
 */
const withMatchedMeta = (hits: readonly Hit<ResultData>[]): Hit<ResultData>[] =>
  hits.map((hit) => {
    let data: Promise<ResultData> | undefined;
    return {
      ...hit,
      data: () => (data ??= hit.data().then((result) => ({ ...result, matchedMetaFields: hit.matchedMetaFields }))),
    };
  });

/**
 * A bundle's results, or none when they are not about the query (see
 * src/lib/search/relevance.ts). Pagefind substitutes a prefix for a missing
 * word for every result of a bundle alike, so its best result shows whether
 * the bundle matched the words themselves; each result shown is checked too.
 */
async function relevantOnly(hits: Hit<ResultData>[], terms: readonly string[]): Promise<Hit<ResultData>[]> {
  const first = hits[0];
  if (!first) return hits;
  return isAbout(terms, await first.data()) ? hits : [];
}

/**
 * Pagefind's excerpt, or, for a result found through another name for a query
 * word (the page says "Section 106", the query "S106"), the words around that
 * name, marked: an excerpt always shows why the result matched.
 */
function shownExcerpt(result: ResultData, query: string): ExcerptPart[] {
  const parts = excerptParts(result.excerpt);
  if (parts.some((part) => part.marked)) return parts;
  return excerptAround(result.content, alternativesFor(queryTerms(query))) ?? parts;
}

/** Resolves once the browser has drawn what the page has changed so far; in a hidden tab, which draws nothing, soon. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** Loads a bundle's facet table; a page that cannot filter cannot search. */
async function loadFacets(folder: string): Promise<FacetTable> {
  const response = await fetch(`${import.meta.env.BASE_URL}${folder}/${FACETS_FILE}`);
  if (!response.ok) throw new Error(`${folder}/${FACETS_FILE}: ${response.status}`);
  return (await response.json()) as FacetTable;
}

/** Pagefind, both bundles, loaded once for the page. */
let loaded: Promise<{ bundles: Bundle[]; allFilters: FacetCounts }> | undefined;
function loadPagefind() {
  loaded ??= (async () => {
    const bundles = await Promise.all(
      SEARCH_BUNDLES.map(async (folder) => {
        const facets = loadFacets(folder);
        // Pagefind is written into the site after the build, so the bundler must not resolve these imports.
        // Under the site's base path, so a site published under one (a GitHub project page) finds its index;
        // Pagefind then puts its results' addresses under the same path.
        const api = (await import(
          /* @vite-ignore */ `${import.meta.env.BASE_URL}${folder}/pagefind.js`
        )) as PagefindApi;
        // In the page's own thread: Pagefind's web worker copies every result, with the place of every
        // matched word, back to the page, which cost more than it spared (5,000 entries: median 168 ms
        // from the last key to the results with the worker, 125 ms without). The price is that the
        // search for the commonest word holds the page for about 150 ms on a 2-core machine.
        await api.options({ excerptLength: 30, noWorker: true });
        // Load Pagefind's WebAssembly and index metadata now rather than on the first word typed:
        // a search of nothing resolves once they are loaded, so the page says it is ready only when it is.
        await api.preload('');
        const table = await facets;
        // Run the search engine once on a common word, so that the reader's first search is not its
        // first run (see warm-up.ts). On 5,000 entries "police", typed fast, shows in about 240 ms instead
        // of 400; the page says it is ready about 200 ms later (450 ms instead of 245 on a local server).
        if (table.warmUpWord) await api.search(table.warmUpWord, {});
        return { api, facets: facetsOf(table) };
      }),
    );
    return { bundles, allFilters: mergeFilterCounts(bundles.map((bundle) => bundle.facets.totals)) };
  })();
  return loaded;
}

class PortalSearch extends HTMLElement {
  private state: SearchState = parseSearchState(location.search);
  private bundles: Bundle[] = [];
  private allFilters: FacetCounts = {};
  private nextPage = noResults;
  private total = 0;
  private shown = 0;
  private searchesDone = 0;
  private typingTimer: number | undefined;
  /**
   * True once typing has made its own history entry: the first pause in typing
   * adds one, later pauses update it, so Back returns to the search before the
   * typing began rather than to a half-typed word.
   */
  private typingEntry = false;

  /** One of this element's own parts, by id. */
  private own<E extends HTMLElement>(id: string): E {
    const element = this.querySelector<E>(`#${id}`);
    if (!element) throw new Error(`<portal-search> has no #${id}`);
    return element;
  }

  private get input() {
    return this.own<HTMLInputElement>('search-query');
  }
  private get sortSelect() {
    return this.own<HTMLSelectElement>('search-sort');
  }
  private get filterBox() {
    return this.own('search-filters');
  }
  private get status() {
    return this.own('search-status');
  }
  private get list() {
    return this.own<HTMLOListElement>('search-results');
  }
  private get more() {
    return this.own<HTMLButtonElement>('search-more');
  }
  private get help() {
    return this.own('search-help');
  }
  /** Links to every register, rendered by the page from the collection registry. */
  private get registerLinks() {
    return [...this.own<HTMLTemplateElement>('search-registers').content.querySelectorAll('a')];
  }

  /** Searches for the current state, one search at a time (see latestOnly). */
  private readonly search = latestOnly(async (superseded) => {
    try {
      await this.runSearch(superseded);
    } catch (error) {
      this.status.textContent = 'Search is not available just now. Reload the page to try again.';
      throw error;
    }
  });

  connectedCallback(): void {
    this.own<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typingTimer);
      this.update({ query: this.input.value.trim() }, this.typingEntry ? 'replace' : 'push');
    });
    this.input.addEventListener('input', () => this.typed());
    this.filterBox.addEventListener('change', () => this.update({ filters: this.readFilters() }, 'push'));
    this.sortSelect.addEventListener('change', () =>
      this.update({ sort: this.sortSelect.value === 'newest' ? 'newest' : 'relevance' }, 'push'),
    );
    this.more.addEventListener('click', () => {
      const firstNew = this.shown;
      void this.showMore().then(() => this.list.children[firstNew]?.querySelector('a')?.focus());
    });
    this.own('search-clear').addEventListener('click', () => {
      this.state = parseSearchState('');
      this.typingEntry = false;
      this.syncForm();
      this.remember('push');
      this.search();
      this.input.focus();
    });
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      this.state = parseSearchState(location.search);
      this.syncForm();
      this.search();
    });
    this.syncForm();
    this.search();
  }

  /** Changes the state, records it in the address and searches. */
  private update(change: Partial<SearchState>, mode: 'push' | 'replace'): void {
    // Only a pause in typing keeps the entry open for more typing; a submit, a filter or a sort closes it.
    this.typingEntry = false;
    this.state = { ...this.state, ...change };
    this.remember(mode);
    this.search();
  }

  private typed(): void {
    window.clearTimeout(this.typingTimer);
    const query = this.input.value.trim();
    // Fetch the index chunks for the words so far while waiting for the typing to pause.
    if (!isShort(query)) for (const { api } of this.bundles) void api.preload(query);
    this.typingTimer = window.setTimeout(
      () => {
        this.update({ query }, this.typingEntry ? 'replace' : 'push');
        this.typingEntry = true;
      },
      isShort(query) ? SHORT_QUERY_PAUSE_MS : TYPING_PAUSE_MS,
    );
  }

  private syncForm(): void {
    this.input.value = this.state.query;
    this.sortSelect.value = this.state.sort;
  }

  /** Records the state in the address: a new history entry, or replacing the current one while typing. */
  private remember(mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${toQueryString(this.state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private readFilters(): Record<FilterKey, string[]> {
    const filters = { ...this.state.filters };
    for (const key of FILTER_KEYS) {
      filters[key] = [...this.filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
        (box) => box.value,
      );
    }
    return filters;
  }

  private showFilters(counts: Record<string, Record<string, number>>): void {
    const groups = filterGroups(this.allFilters, counts, this.state.filters);
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : undefined;
    this.filterBox.replaceChildren(...groups);
    this.own('filters-heading').hidden = groups.length === 0;
    if (focused?.startsWith('filter-')) this.querySelector<HTMLElement>(`#${focused}`)?.focus();
  }

  private async showMore(): Promise<void> {
    const next = await this.nextPage(PAGE_SIZE);
    const terms = queryTerms(this.state.query);
    const about = this.state.query ? next.filter((result) => isAbout(terms, result)) : next;
    this.total -= next.length - about.length;
    this.list.append(...about.map((result) => resultItem(result, shownExcerpt(result, this.state.query))));
    this.shown += next.length;
    this.more.hidden = this.shown >= this.total;
  }

  private async runSearch(superseded: () => boolean): Promise<void> {
    ({ bundles: this.bundles, allFilters: this.allFilters } = await loadPagefind());
    const { state } = this;
    if (!hasCriteria(state)) {
      this.nextPage = noResults;
      this.total = 0;
      this.list.replaceChildren();
      this.help.hidden = true;
      this.more.hidden = true;
      this.showFilters(this.allFilters);
      this.status.textContent = 'Type a word or phrase, or choose filters to browse.';
      return;
    }
    const options = toPagefindOptions(state);
    const terms = queryTerms(state.query);
    const onlyCommonWords = state.query !== '' && terms.length === 0;
    const filtered = hasFilters(state);
    const found = onlyCommonWords
      ? []
      : await Promise.all(
          this.bundles.map(async ({ api, facets }) => {
            const { results } = await api.search(state.query || null, options);
            // With no filter chosen every result is kept: a common word's 15,000 need no look-up.
            const chosen = filtered
              ? results.filter((hit) => matchesChoice(facets.of(hit.id), state.filters))
              : results;
            return { facets, hits: withMatchedMeta(chosen) };
          }),
        );
    // Fetch the first page's results while each bundle is checked against the query, not after it. Those of
    // a bundle found not to be about the query are fetched for nothing: a few small files, rarely.
    const firstPage = firstPageHits(
      found.map(({ hits }) => hits),
      PAGE_SIZE,
      Boolean(options.sort),
    );
    for (const hit of firstPage) void hit.data().catch(() => undefined); // A failure shows when the page asks again.
    const searched = await Promise.all(
      found.map(async ({ facets, hits }) => ({
        facets,
        hits: state.query ? await relevantOnly(hits, terms) : hits,
      })),
    );
    if (superseded()) return; // The query changed meanwhile: the next search shows its results instead.
    const lists = searched.map(({ hits }) => hits);
    this.total = lists.reduce((sum, hits) => sum + hits.length, 0);
    this.nextPage = options.sort
      ? pagesByNewest(lists, (data) => data.meta.isoDate ?? '')
      : pagesByRank(
          lists,
          {
            titleMatch: (data) =>
              Math.max(
                titleMatch(data.meta.title ?? '', state.query),
                ...(data.meta.names ?? '').split(' | ').map((name) => titleMatch(name, state.query)),
              ) as TitleMatch,
            dateOf: (data) => data.meta.isoDate ?? '',
          },
          // Rank the first page only: it is loaded anyway, so ranking costs no extra requests.
          PAGE_SIZE,
        );
    this.shown = 0;
    this.list.replaceChildren();
    this.help.hidden = true;
    if (this.total === 0 && (state.query || filtered)) {
      this.help.replaceChildren(...nothingFound(state.query, { onlyCommonWords, filtered }, this.registerLinks));
      this.help.hidden = false;
    } else await this.showMore();
    this.status.textContent = describeResults(this.total, state);
    // The results first, the filters' counts a frame later: counting a common word's 15,000 results by
    // their filters, and drawing the filters again, is time the reader need not wait for to read results.
    await afterNextPaint();
    if (superseded()) return;
    // Counted over the results shown: a bundle whose results are not about the query adds nothing.
    this.showFilters(
      mergeFilterCounts(
        searched.map(({ facets, hits }) =>
          countFacets(
            facets,
            hits.map((hit) => hit.id),
          ),
        ),
      ),
    );
    document.documentElement.dataset.searchDone = String((this.searchesDone += 1));
  }
}

customElements.define('portal-search', PortalSearch);
