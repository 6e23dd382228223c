/**
 * What goes into the search index besides whole pages: the parts of entries
 * that each kind's registry entry gives search (every action, every HMICFRS
 * recommendation) as records of their own, landing on their anchors of the
 * page, with the same filters as pages (type, body, year, theme, status), so
 * that they can be filtered by status. Agenda items need no records: each is a
 * heading with an id, which Pagefind turns into a sub-result of its meeting.
 * Built from checked content, so nothing withheld is here.
 */
import { alternativeTerms } from '../../data/search-terms';
import type { SearchPart } from '../../collections/definition';
import { formatDate } from '../rules/format';

/**
 * The result type of the site's own pages (the accessibility statement, the
 * data page), as readers see it in the type filter. A kind's own type is its
 * `entryLabel` in the registry (src/collections), and the type of a part of
 * one (an action, a recommendation) is its kind's `searchParts` to give.
 */
export const SEARCH_TYPES = {
  page: 'Page',
} as const;

export interface SearchFacets {
  type: string;
  body?: string | undefined;
  /** YYYY-MM-DD; gives the year filter and the date sort. */
  date?: string | undefined;
  /** Date shown in results, e.g. "March 2024" for a month-precision meeting. */
  dateLabel?: string | undefined;
  themes?: readonly string[] | undefined;
  status?: string | undefined;
  /** Other names the page goes by, e.g. a body's short name: a search for one is an exact title match. */
  names?: readonly string[] | undefined;
}

/**
 * Where the build leaves the records for the search index: beside the output
 * folder, never inside it, so they are not published as a file of their own.
 *
 * @example searchRecordsFile('/site/dist.partial-42/') // => "/site/dist.partial-42.search-records.json"
 */
export function searchRecordsFile(outDir: string): string {
  return `${outDir.replace(/\/+$/, '')}.search-records.json`;
}

/**
 * The date sort key of a record or page. Pagefind leaves out of a sorted
 * search every result without the key, so undated pages (boards, the about
 * pages) get one that sorts after every date instead: browsing "Board or
 * panel" lists them, and sorting by date keeps the same results.
 *
 * @example dateSortKey({ type: 'Board or panel' }) // => "0000-00-00"
 */
export function dateSortKey(facets: SearchFacets): string {
  return facets.date ?? '0000-00-00';
}

/** Pagefind's filters for a record or page. */
export function facetFilters(facets: SearchFacets, themeLabels: ReadonlyMap<string, string>): Record<string, string[]> {
  const filters: Record<string, string[]> = { type: [facets.type] };
  if (facets.body) filters.body = [facets.body];
  if (facets.date) filters.year = [facets.date.slice(0, 4)];
  const themes = (facets.themes ?? []).map((t) => themeLabels.get(t)).filter((t): t is string => Boolean(t));
  if (themes.length > 0) filters.theme = themes;
  if (facets.status) filters.status = [facets.status];
  return filters;
}

/**
 * The metadata Pagefind keeps for a record or page. Pagefind searches every
 * metadata field, so only what a reader searches for is here: the title, the
 * other names and the alternative terms. What results only display (type,
 * body, status) is read from the filters, and the date from `isoDate`, so that
 * a search for "police" does not match every page of the Police and Crime
 * Panel through its body's name, nor "complete" every completed action.
 * A date shown otherwise than as the date itself ("2023/24", "Data to …") is kept as `date`.
 * Pages leave out the title: Pagefind takes their h1.
 *
 * @example searchMeta('Fleet review', { type: 'Decision', date: '2024-03' }) // => { title: "Fleet review", isoDate: "2024-03" }
 */
export function searchMeta(title: string | undefined, facets: SearchFacets, terms = ''): Record<string, string> {
  const meta: Record<string, string> = title ? { title } : {};
  if (facets.date) meta.isoDate = facets.date;
  if (facets.date && facets.dateLabel && facets.dateLabel !== formatDate(facets.date)) meta.date = facets.dateLabel;
  // Commas would split a page's metadata attribute into several fields, so names are kept apart by " | ".
  if (facets.names?.length) meta.names = facets.names.map((n) => n.replace(/,/g, ' ')).join(' | ');
  if (terms) meta.terms = terms;
  return meta;
}

export interface CustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * Joins the non-empty parts of a record's text as sentences, so that an
 * excerpt reads "…the review. Owner: the force." rather than running on.
 */
const join = (...parts: (string | undefined)[]) =>
  parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?…:;]$/.test(part) ? part : `${part}.`))
    .join(' ');

/**
 * The search records of a kind's parts (see `searchParts` in the registry),
 * each landing on its anchor of its entry's page under the kind's route.
 *
 * @example partRecords(parts, '/meetings/', themes, 'en-gb')[0].url // => "/meetings/cgb-2023-03-20/#action-thank-officers"
 */
export function partRecords(
  parts: readonly SearchPart[],
  route: string,
  themeLabels: ReadonlyMap<string, string>,
  language: string,
): CustomRecord[] {
  return parts.map((part) => {
    const text = join(...part.text);
    const facets: SearchFacets = {
      type: part.type,
      body: part.body,
      date: part.date,
      themes: part.themes,
      status: part.status,
    };
    return {
      url: `${route}${part.entryId}/#${part.anchor}`,
      content: join(part.title, text),
      language,
      meta: searchMeta(part.title, facets, alternativeTerms(`${part.title}\n${text}`)),
      filters: facetFilters(facets, themeLabels),
      sort: { date: dateSortKey(facets) },
    };
  });
}
