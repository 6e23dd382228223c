/**
 * How `npm run new` starts an entry of a kind of record: each kind that has a
 * starter names it in its registry entry, and the scaffolder
 * (src/lib/content/scaffold.ts) writes the file. A starter fills in what it
 * can (the date, the title, the file name) and leaves a placeholder that says
 * what to write everywhere else. Every placeholder begins with
 * {@link PLACEHOLDER}, and the content check reports any left in a file, so a
 * started file cannot be published as it is.
 */
import { slugify } from '../domain/slug';

export { financialYearOf } from '../domain/periods';

/** How every placeholder begins; the content check looks for it. */
export const PLACEHOLDER = 'Replace with';

/** A placeholder asking for `what`, e.g. "Replace with the venue". */
export const placeholder = (what: string) => `${PLACEHOLDER} ${what}`;

export interface StartOptions {
  /** YYYY-MM-DD, normally today. */
  date: string;
  /** Short title, when given; becomes part of the file name. */
  title?: string | undefined;
  /** Body id, for kinds that belong to a body (meetings). */
  body?: string | undefined;
  /** The first theme id in the site config, for kinds that need one. */
  theme: string;
}

export interface Start {
  /** File name within the kind's folder, e.g. "2024-05-20-estates-strategy.md". */
  file: string;
  /** Its fields. */
  data: Record<string, unknown>;
  /** The text under the fields, for Markdown kinds. */
  body?: string;
}

export interface Starter {
  /** The word after `npm run new`, e.g. "meeting". */
  name: string;
  start: (options: StartOptions) => Start;
}

/** The title given, or a placeholder for it. */
export const titleOf = (options: StartOptions) => options.title ?? placeholder('the title');

/** The title as a file name, or "new-entry" when none was given. */
export const slugOf = (options: StartOptions) => (options.title ? slugify(options.title) : 'new-entry');
