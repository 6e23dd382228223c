/**
 * What the portal knows about one kind of record: where its files are, the
 * schema they must pass, what may be withheld, where its pages live, what
 * readers call it, and what it gives the feeds, open data and `npm run new`.
 * Each kind's folder in src/collections exports one; src/collections/index.ts
 * lists them. Data, zod schemas and pure functions of entries only (never the
 * portal or Astro's content store), so that the content check, the scaffolder,
 * the guide and tests read it without running Astro.
 */
import type { z } from 'zod';
import type { PublicWhenWithheld } from '../schemas/fields';
import type { TrackedAction } from '../lib/rules/actions';
import type { Dataset } from '../lib/syndication/dataset';
import type { Starter } from './starter';

/** A register a kind of record publishes, as the header, the search page and the home page link it. */
export interface Register {
  /** Its list page, e.g. "/meetings/". */
  href: string;
  /** What readers call it, e.g. "Meetings". */
  label: string;
  /** What it holds, in a few words after its name, as the home page lists it: "community safety grants, round by round". */
  description: string;
  /** Its place in the header and in lists of registers, lowest first; tens, so that a new register can go between two. */
  order: number;
  /**
   * False for a register that the header leaves to its "What we must publish" link
   * (the statutory index), so that the header stays a few lines on a phone.
   */
  inHeader?: false;
}

export interface CollectionDefinition {
  /** Folder under the content directory; also the collection's name in Astro and in this registry. */
  folder: string;
  /** File extensions it holds. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** Fields that together say "the same record": an entry repeating another's is reported as a likely copy. */
  copyFields: readonly string[];
  /** What may be withheld in this collection, and which of its fields stay public when it is (listed in CONTENT.md). */
  withholding?: readonly { what: string; path: string; publicFields: PublicWhenWithheld<string> }[];
  /**
   * Where an entry's page lives: `${route}<id>/`. The folder's name unless a
   * published address must be kept (grant rounds have always been at /grants/).
   */
  route: string;
  /** One entry as readers name it, e.g. "Grant round": the type shown beside search results and in feeds. */
  entryLabel: string;
  /** The registers it publishes; none for a kind without a list page of its own. */
  registers: readonly Register[];
  /**
   * Its own list and entry pages, kept in its folder (paths from the project
   * root): the build serves them at `route` and `${route}<id>/`. A kind that
   * the standard pages show (`display`) leaves this out.
   */
  pages?: { list: string; entry: string };
  /**
   * For a kind with no pages of its own: what the portal's standard list and
   * entry pages (src/pages/[register]/) show of it.
   */
  display?: Display;
  /**
   * What a kind with pages of its own gives the feeds: a feed of its own and
   * its items in the everything feed. (A kind shown by the standard pages gets
   * both from its `display`.)
   */
  feed?: Feed;
  /**
   * What a kind gives open data: its tables, each published at
   * /data/<id>.csv and .json (see its data.ts). A kind shown by the standard
   * pages gets one table from its `display`, and may add its own (every
   * complaints figure, one row each).
   */
  datasets?: (entries: Entry[], context: DataContext) => Dataset[];
  /**
   * Parts of its entries that search finds as results of their own, beside
   * the entries' pages (a meeting's actions, a report's recommendations): see
   * its search.ts. Nothing withheld may be among them.
   */
  searchParts?: (entries: Entry[], context: SearchContext) => SearchPart[];
  /**
   * For a kind read from CSV files ({@link TABLES}): the columns its files
   * have, in order, as CONTENT.md lists them (its schema checks them).
   */
  columns?: readonly TableColumn[];
  /** How `npm run new <name>` starts an entry (see ./starter.ts); a kind without one cannot be started that way. */
  starter?: Starter;
  /** The order pages list its entries in (the portal sorts each collection by it once, on loading). */
  compare: (a: Entry, b: Entry) => number;
}

/** A column of a CSV kind's files. */
export interface TableColumn {
  /** The header the portal writes, e.g. "Value for money". */
  header: string;
  /** Other headers finance systems export for it; headers are matched ignoring case, spaces and punctuation. */
  aliases: readonly string[];
  required: boolean;
  /** What it holds and how to write it. */
  description: string;
  /** A value as it would be written, e.g. "£1,234.56". */
  example: string;
}

/** What a kind's open data tables may need beyond its own entries. */
export interface DataContext {
  /** The full address of one of the kind's entries' pages, or of an anchor on it. */
  url: (id: string, anchor?: string) => string;
  /** A body's short name, or null for none. */
  bodyName: (bodyId: string | undefined) => string | null;
  /** Every action, followed through later meetings (see src/lib/rules/actions.ts). */
  actions: readonly TrackedAction[];
}

/**
 * A part of an entry that search finds as a result of its own, landing on its
 * anchor of the entry's page, with the filters of a page (type, body, year,
 * theme, status).
 */
export interface SearchPart {
  /** The entry it is part of. */
  entryId: string;
  /** Its anchor on the entry's page, e.g. "action-stalking-support". */
  anchor: string;
  title: string;
  /** What is searched besides the title, as sentences (empty ones are left out). */
  text: readonly (string | undefined)[];
  /** The type shown beside the result and offered as a filter, e.g. "Action". */
  type: string;
  body?: string | undefined;
  /** YYYY-MM-DD: the year filter and the date sort. */
  date?: string | undefined;
  themes?: readonly string[] | undefined;
  status?: string | undefined;
}

/** What a kind's search parts may need from other kinds of record. */
export interface SearchContext {
  /** A body's short name. */
  bodyName: (bodyId: string) => string;
}

/** What the feeds say of one entry, beside its address and the kind's entryLabel. */
export interface FeedEntry {
  title: string;
  /** A sentence or two; for a withheld entry, that it is withheld and why (see {@link summaryOrReason}). */
  description: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  /** Categories after the kind's entryLabel, e.g. the body that met. */
  categories?: string[];
}

/** What a feed item may need from other kinds of record. */
export interface FeedContext {
  /** A meeting's name and date, e.g. "Police and Crime Panel, 9 October 2023". */
  meetingLabel: (meetingId: string) => string | undefined;
  /** A body's short name. */
  bodyName: (bodyId: string) => string | undefined;
}

/** A kind's own feed (see `feed`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind narrows it to its own entries with `satisfies`.
export interface Feed<E extends Entry = any> {
  /** Its address, /feeds/<id>.xml: the route's name unless an address is already published. */
  id: string;
  /** Its title, e.g. "Meetings". */
  title: string;
  item: (entry: E, context: FeedContext) => FeedEntry;
}

/**
 * An entry's summary, or, when it is withheld, that it is withheld and why: a
 * withheld entry is listed in the feeds by its title, date and reason only.
 *
 * @example summaryOrReason({ withheld: true, withheldReason: 'Commercially sensitive.' })
 * // => "Withheld from publication. Commercially sensitive."
 */
export const summaryOrReason = (data: { withheld: boolean; withheldReason?: string | undefined; summary?: string }) =>
  data.withheld ? `Withheld from publication. ${data.withheldReason ?? ''}`.trim() : (data.summary ?? '');

/** What the standard pages show of a kind of record (see `display`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind narrows it to its own entries with `satisfies`.
export interface Display<E extends Entry = any> {
  /** One or two sentences under the register's heading: what it holds and why it is published. */
  intro: string;
  title: (entry: E) => string;
  /** YYYY-MM-DD (or YYYY-MM): shown beside the title, and the date search results sort by. */
  date: (entry: E) => string | undefined;
  /** A sentence or two shown in the list and at the top of the entry's page; a withheld entry shows its reason instead. */
  summary: (entry: E) => string | undefined;
  /**
   * Key facts at the top of a published entry's page, as label and value as
   * shown; a fact without a value is left out. A third element is the value
   * as open data publishes it, so that a figure stays a number there.
   */
  facts?: (entry: E) => readonly Fact[];
  /** Tables of figures on a published entry's page, after its summary (a kind's `datasets` publish them as data). */
  tables?: (entry: E) => readonly FigureTable[];
  /**
   * What its register says while it holds nothing: what will appear here,
   * and, where the office publishes it elsewhere for now, where.
   */
  empty?: string;
}

/** A key fact: its label, its value as shown, and its value as open data publishes it. */
export type Fact = readonly [label: string, shown: string | undefined, value?: number | string | undefined];

/** A table of figures on an entry's page. */
export interface FigureTable {
  caption: string;
  /** Column headings; the first column names each row. A numeric column is aligned for comparing figures. */
  columns: readonly { label: string; numeric?: boolean }[];
  rows: readonly (readonly string[])[];
}

/** An entry as the registry sorts it: its id and its checked data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind narrows it to its own data with `satisfies`.
export type Entry<Data = any> = { id: string; data: Data };

/** Entries of a schema, for a kind's own `compare`. */
export type EntryOf<S extends z.ZodType> = Entry<z.output<S>>;

/** Newest first by a YYYY-MM-DD (or YYYY-MM, or YYYY/YY) text, then by id, so that the order never depends on reading order. */
export const newestFirst =
  <E extends Entry>(dateOf: (entry: E) => string) =>
  (a: E, b: E): number =>
    dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id);

/** By an `order` field, lowest first, then by id. */
export const byOrder = (a: Entry<{ order: number }>, b: Entry<{ order: number }>): number =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Markdown or MDX files, with a frontmatter block. */
export const PAGES = ['.md', '.mdx'] as const;
/** YAML files: data, no text. */
export const DATA = ['.yaml', '.yml'] as const;
/**
 * CSV files, as a spreadsheet or finance system exports them: a header row
 * and one row per item. An entry's data is `{ month, columns, rows }`, the
 * file's name (a month) and its cells, which the kind's schema checks row by
 * row (see src/lib/content/csv.ts).
 */
export const TABLES = ['.csv'] as const;
