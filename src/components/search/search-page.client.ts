/**
 * The search page's behaviour: runs Pagefind as you type (after a short
 * pause) or submit, in both search bundles at once, applies filters and sort,
 * keeps everything in the address so a search can be shared and the back
 * button works, and announces the number of results. Loaded only by the
 * search page.
 * @see https://pagefind.app/docs/api/
 */
import {
  describeResults,
  FILTER_KEYS,
  FILTER_LABELS,
  type FilterKey,
  hasCriteria,
  parseSearchState,
  type SearchState,
  toPagefindOptions,
  toQueryString,
} from '../../lib/search/state';
import {
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
import { type ExcerptPart, excerptAround, excerptParts, withoutHeading } from '../../lib/search/excerpts';
import { latestOnly } from '../../lib/search/latest-only';
import { formatDate } from '../../lib/rules/format';
import { matchingSections, type SubResult } from '../../lib/search/sections';

interface ResultData {
  url: string;
  excerpt: string;
  /** The indexed text and the positions of the matched words in it. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The result's filter values, which also say what to display: its type, body and status. */
  filters: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
  /** Copied from the hit, so the relevance check can see which metadata matched. */
  matchedMetaFields?: string[];
}
interface PagefindApi {
  options: (opts: Record<string, unknown>) => Promise<void>;
  preload: (query: string, options?: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options: object,
  ) => Promise<{ results: Hit<ResultData>[]; filters: Record<string, Record<string, number>> }>;
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

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const clear = document.querySelector<HTMLButtonElement>('#search-clear')!;
const filterHeading = document.querySelector<HTMLElement>('#filters-heading')!;
const help = document.querySelector<HTMLElement>('#search-help')!;

let bundles: PagefindApi[] | undefined;
let allFilters: Record<string, Record<string, number>> = {};
let state: SearchState = parseSearchState(location.search);
const noResults: NextPage<ResultData> = () => Promise.resolve([]);
let nextPage = noResults;
let total = 0;
let shown = 0;
let searchesDone = 0;
let typingTimer: number | undefined;

async function loadPagefind(): Promise<PagefindApi[]> {
  if (!bundles) {
    // Pagefind is written into the site after the build, so the bundler must not resolve these imports.
    // Each bundle's script is a module of its own, with a web worker of its own: they search in parallel.
    bundles = await Promise.all(
      SEARCH_BUNDLES.map(async (folder) => {
        const api = (await import(/* @vite-ignore */ `/${folder}/pagefind.js`)) as PagefindApi;
        await api.options({ excerptLength: 30 });
        return api;
      }),
    );
    allFilters = mergeFilterCounts(await Promise.all(bundles.map((api) => api.filters())));
  }
  return bundles;
}

/** Decodes HTML entities as plain text; a textarea never runs or renders markup. */
function decode(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

/** Pagefind's excerpts mark matches with <mark>; everything else is inserted as text. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(decode(part.text));
    const mark = document.createElement('mark');
    mark.textContent = decode(part.text);
    return mark;
  });
}

/**
 * Pagefind's excerpt, or, for a result found through another name for a query
 * word (the page says "Section 106", the query "S106"), the words around that
 * name, marked: an excerpt always shows why the result matched.
 */
function shownExcerpt(result: ResultData): ExcerptPart[] {
  const parts = excerptParts(result.excerpt);
  if (parts.some((part) => part.marked)) return parts;
  return excerptAround(result.content, alternativesFor(queryTerms(state.query))) ?? parts;
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'tp-meta';
  const [type, body, status] = (['type', 'body', 'status'] as const).map((key) => result.filters[key]?.[0]);
  const { isoDate } = result.meta;
  const when = isoDate
    ? Object.assign(document.createElement('time'), {
        dateTime: isoDate,
        textContent: result.meta.date ?? formatDate(isoDate),
      })
    : undefined;
  const parts = [type, body, when, status].filter((part): part is string | HTMLTimeElement => Boolean(part));
  meta.append(...parts.flatMap((part, i) => (i === 0 ? [part] : [' · ', part])));
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(shownExcerpt(result)));
  item.append(heading, meta, excerpt);
  // The agenda items (or other headed parts) of the page that matched, each landing on its anchor.
  const sections = matchingSections(result.url, result.sub_results ?? []);
  if (sections.length > 0) {
    const parts = document.createElement('ul');
    parts.className = 'tp-search__sections';
    for (const section of sections) {
      const part = document.createElement('li');
      const partLink = document.createElement('a');
      partLink.href = section.url;
      partLink.textContent = section.title;
      part.append(partLink);
      const partExcerpt = withoutHeading(excerptParts(section.excerpt), section.title);
      if (partExcerpt.length > 0) {
        const span = document.createElement('span');
        span.append(' – ', ...excerptNodes(partExcerpt));
        part.append(span);
      }
      parts.append(part);
    }
    item.append(parts);
  }
  return item;
}

/** Checkboxes for every filter value in the index, with counts for the current results. */
function renderFilters(counts: Record<string, Record<string, number>>): void {
  const groups = FILTER_KEYS.filter((key) => Object.keys(allFilters[key] ?? {}).length > 0).flatMap((key) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key];
    fieldset.append(legend);
    // A value with no results is left out (unless chosen), so no list of "(0)"s stands between a reader and the results.
    const values = Object.keys(allFilters[key] ?? {})
      .filter((value) => (counts[key]?.[value] ?? 0) > 0 || state.filters[key].includes(value))
      .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (values.length === 0) return [];
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const wrapper = document.createElement('div');
      wrapper.className = 'tp-check';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = key;
      box.value = value;
      box.checked = state.filters[key].includes(value);
      const label = document.createElement('label');
      label.htmlFor = id;
      const count = counts[key]?.[value] ?? 0;
      label.textContent = `${value} (${count})`;
      wrapper.append(box, label);
      fieldset.append(wrapper);
    });
    return [fieldset];
  });
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : undefined;
  filterBox.replaceChildren(...groups);
  filterHeading.hidden = groups.length === 0;
  if (focused?.startsWith('filter-')) document.getElementById(focused)?.focus();
}

async function showMore(): Promise<void> {
  const next = await nextPage(PAGE_SIZE);
  const terms = queryTerms(state.query);
  const about = state.query ? next.filter((result) => isAbout(terms, result)) : next;
  total -= next.length - about.length;
  list.append(...about.map(renderResult));
  shown += next.length;
  more.hidden = shown >= total;
}

/** Each hit's data carries the metadata fields it matched, which only the hit knows. */
const withMatchedMeta = (hits: readonly Hit<ResultData>[]): Hit<ResultData>[] =>
  hits.map((hit) => ({
    ...hit,
    data: async () => ({ ...(await hit.data()), matchedMetaFields: hit.matchedMetaFields }),
  }));

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

/** Says that nothing was found, and what to try. */
function showNothingFound(query: string, onlyCommonWords: boolean): void {
  const heading = document.createElement('h2');
  heading.textContent = onlyCommonWords
    ? `“${query}” is made of words too common to search for`
    : `Nothing on this portal matches “${query}”`;
  const tips = document.createElement('ul');
  const tip = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
  tips.append(
    tip('Check the spelling.'),
    tip('Try fewer words, or other words for the same thing: “DA” or “domestic abuse”, “999” or “emergency calls”.'),
  );
  if (hasFilters(state)) tips.append(tip('Remove some filters.'));
  const browse = document.createElement('p');
  browse.append('Or browse the registers: ');
  REGISTERS.forEach((link, i) => {
    browse.append(i === 0 ? '' : i === REGISTERS.length - 1 ? ' and ' : ', ');
    browse.append(link.cloneNode(true));
  });
  browse.append('.');
  help.replaceChildren(heading, tips, browse);
  help.hidden = false;
}

/** Links to every register, rendered by the page from the collection registry. */
const REGISTERS = [...document.querySelector<HTMLTemplateElement>('#search-registers')!.content.querySelectorAll('a')];

const hasFilters = (s: SearchState) => FILTER_KEYS.some((key) => s.filters[key].length > 0);

async function runSearch(superseded: () => boolean): Promise<void> {
  const apis = await loadPagefind();
  if (!hasCriteria(state)) {
    nextPage = noResults;
    total = 0;
    list.replaceChildren();
    help.hidden = true;
    more.hidden = true;
    renderFilters(allFilters);
    status.textContent = 'Type a word or phrase, or choose filters to browse.';
    return;
  }
  const options = toPagefindOptions(state);
  const terms = queryTerms(state.query);
  const onlyCommonWords = state.query !== '' && terms.length === 0;
  const responses = onlyCommonWords
    ? []
    : await Promise.all(apis.map((api) => api.search(state.query || null, options)));
  const lists = await Promise.all(
    responses.map((response) => {
      const hits = withMatchedMeta(response.results);
      return state.query ? relevantOnly(hits, terms) : Promise.resolve(hits);
    }),
  );
  if (superseded()) return; // The query changed meanwhile: the next search shows its results instead.
  // A bundle whose results are not about the query adds nothing to the filter counts either.
  const kept = responses.filter((_, i) => (lists[i]?.length ?? 0) > 0 || !state.query);
  total = lists.reduce((sum, hits) => sum + hits.length, 0);
  nextPage = options.sort
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
  shown = 0;
  list.replaceChildren();
  help.hidden = true;
  if (total === 0 && (state.query || hasFilters(state))) showNothingFound(state.query, onlyCommonWords);
  else await showMore();
  renderFilters(mergeFilterCounts(kept.map((response) => response.filters)));
  status.textContent = describeResults(total, state);
  document.documentElement.dataset.searchDone = String((searchesDone += 1));
}

/** Searches for the current state, one search at a time (see latestOnly). */
const search = latestOnly(async (superseded) => {
  try {
    await runSearch(superseded);
  } catch (error) {
    status.textContent = 'Search is not available just now. Reload the page to try again.';
    throw error;
  }
});

function syncForm(): void {
  input.value = state.query;
  sortSelect.value = state.sort;
}

/** Records the state in the address: a new history entry, or replacing the current one while typing. */
function remember(mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${toQueryString(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function readFilters(): Record<FilterKey, string[]> {
  const filters = { ...state.filters };
  for (const key of FILTER_KEYS) {
    filters[key] = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (b) => b.value,
    );
  }
  return filters;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  state = { ...state, query: input.value.trim() };
  remember('push');
  search();
});

input.addEventListener('input', () => {
  window.clearTimeout(typingTimer);
  const query = input.value.trim();
  // Fetch the index chunks for the words so far while waiting for the typing to pause.
  if (!isShort(query)) for (const api of bundles ?? []) void api.preload(query);
  typingTimer = window.setTimeout(
    () => {
      state = { ...state, query };
      remember('replace');
      search();
    },
    isShort(query) ? SHORT_QUERY_PAUSE_MS : TYPING_PAUSE_MS,
  );
});

filterBox.addEventListener('change', () => {
  state = { ...state, filters: readFilters() };
  remember('push');
  search();
});

sortSelect.addEventListener('change', () => {
  state = { ...state, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
  remember('push');
  search();
});

more.addEventListener('click', () => {
  const firstNew = shown;
  void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus());
});

clear.addEventListener('click', () => {
  state = parseSearchState('');
  syncForm();
  remember('push');
  search();
  input.focus();
});

window.addEventListener('popstate', () => {
  state = parseSearchState(location.search);
  syncForm();
  search();
});

syncForm();
search();
