/**
 * What goes into the search index besides whole pages: every action and
 * HMICFRS recommendation as a record of its own, landing on its anchor of the
 * page, with the same filters as pages (type, body, year, theme, status), so
 * that they can be filtered by status. Agenda items need no records: each is a
 * heading with an id, which Pagefind turns into a sub-result of its meeting.
 * Built from checked content, so nothing withheld is here.
 */
import { alternativeTerms } from '../../data/search-terms';
import { ACTION_STATUS_LABELS, type MeetingData } from '../../collections/meetings/schema';
import { type HmicfrsData, RECOMMENDATION_STATUS_LABELS } from '../../collections/hmicfrs/schema';
import { trackActions } from '../rules/actions';
import { formatDate } from '../rules/format';
import { entryPath } from '../../collections';

/**
 * Result types that are not a kind of record, as readers see them in the type
 * filter: parts of one (an action, a recommendation) and the site's own pages.
 * A kind's own type is its `entryLabel` in the registry (src/collections).
 */
export const SEARCH_TYPES = {
  action: 'Action',
  recommendation: 'HMICFRS recommendation',
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

interface MeetingEntry {
  id: string;
  data: MeetingData;
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

function record(
  url: string,
  title: string,
  text: string,
  facets: SearchFacets,
  themeLabels: ReadonlyMap<string, string>,
  language: string,
): CustomRecord {
  return {
    url,
    content: join(title, text),
    language,
    meta: searchMeta(title, facets, alternativeTerms(`${title}\n${text}`)),
    filters: facetFilters(facets, themeLabels),
    sort: { date: dateSortKey(facets) },
  };
}

/**
 * One record per published action of every published meeting, landing where
 * the action was raised.
 *
 * @example actionRecords(meetings, names, themes, 'en-gb')[0].url // => "/meetings/cgb-2023-03-20/#action-cgb-2023-03-20-thank-officers"
 */
export function actionRecords(
  meetings: readonly MeetingEntry[],
  /** The body's name as results show it, e.g. "Corporate Governance Board". */
  bodyName: (meeting: MeetingEntry) => string,
  themeLabels: ReadonlyMap<string, string>,
  language: string,
): CustomRecord[] {
  const records: CustomRecord[] = [];
  const published = meetings.filter(
    (m): m is { id: string; data: Extract<MeetingData, { withheld: false }> } => !m.data.withheld,
  );
  const byId = new Map(published.map((m) => [m.id, m]));
  const tracked = trackActions(
    published.map((m) => ({
      id: m.id,
      date: m.data.date,
      actions: m.data.actions,
      actionUpdates: m.data.actionUpdates,
    })),
  );
  for (const { action, raisedAt, status, history } of tracked) {
    if (action.withheld) continue;
    const meeting = byId.get(raisedAt.id)!;
    records.push(
      record(
        `${entryPath('meetings', meeting.id)}#action-${action.id}`,
        action.text,
        // The meeting's body and date are shown beside every result; in the text they would make
        // "police" match every action of the Police and Crime Panel.
        join(`Owner: ${action.owner}`, ...history.map((h) => h.note)),
        {
          type: SEARCH_TYPES.action,
          body: bodyName(meeting),
          date: meeting.data.date,
          themes: meeting.data.themes,
          status: ACTION_STATUS_LABELS[status],
        },
        themeLabels,
        language,
      ),
    );
  }
  return records;
}

/** One record per published HMICFRS recommendation or area for improvement. */
export function recommendationRecords(
  reports: readonly { id: string; data: HmicfrsData }[],
  themeLabels: ReadonlyMap<string, string>,
  language: string,
): CustomRecord[] {
  const records: CustomRecord[] = [];
  for (const report of reports) {
    if (report.data.withheld) continue;
    for (const rec of report.data.recommendations) {
      if (rec.withheld) continue;
      records.push(
        record(
          `${entryPath('hmicfrs', report.id)}#rec-${rec.id}`,
          `${rec.text.length > 90 ? `${rec.text.slice(0, 87)}…` : rec.text} (${report.data.title})`,
          join(rec.text, rec.owner, rec.latestUpdate?.text),
          {
            type: SEARCH_TYPES.recommendation,
            date: report.data.published,
            themes: report.data.themes,
            status: RECOMMENDATION_STATUS_LABELS[rec.status],
          },
          themeLabels,
          language,
        ),
      );
    }
  }
  return records;
}
