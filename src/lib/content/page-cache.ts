/**
 * The key under which a rebuild may reuse an entry's page from the previous
 * build (Astro's incremental build: a page whose key and code are unchanged is
 * copied, not rendered again).
 *
 * A page may be reused only when nothing it shows has changed, so the key is a
 * digest of every input the page reads: the entry itself (its data, its text
 * and the text as rendered), every other entry the page shows (the kind's
 * `pageInputs` name them, e.g. the later meetings that updated a meeting's
 * actions), each of those entries' git history, the site config, the build
 * date for pages that show something computed from it, for an MDX entry the
 * metrics its charts can show, and the portal's code (code-digest.ts: Astro
 * tracks a page's imports, but not the middleware every page passes through).
 * A withheld flag is part of an entry's data, so a page showing a newly
 * withheld entry is always rendered again.
 *
 * A kind whose entry page does not name its inputs gets no key, and its pages
 * are rendered on every build: a missing key costs time, never a stale page.
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
import { createHash } from 'node:crypto';
import { buildDate } from './build-date';
import { codeDigest } from './code-digest';
import { getHistory } from './index';
import { entryPageHistory } from './page-history';
import { site } from './site';
import type { Portal } from './portal';

/** What the key reads of an entry: Astro's content entries have all of it. */
export interface KeyedEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: object;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

/** What an entry's page shows beyond the entry itself. */
export interface PageInputs {
  /** Other entries whose data the page shows (their titles, dates, updates). */
  shows?: readonly (KeyedEntry | undefined)[];
  /** True when the page shows something that depends on the build date: an overdue action, a download's date. */
  today?: boolean;
}

/** Raised when the way keys are made changes, so that no key made the old way can match. */
const KEY_VERSION = '1';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

const digests = new WeakMap<object, string>();

/** A digest of everything a page can read of one entry, its history included, made once per entry per build. */
export function entryDigest(entry: KeyedEntry): string {
  let digest = digests.get(entry);
  if (digest === undefined) {
    const { id, collection, filePath, data, body, rendered } = entry;
    const history = entryPageHistory(entry, getHistory());
    digest = sha(JSON.stringify([collection, id, filePath, data, body, rendered?.html, history]));
    digests.set(entry, digest);
  }
  return digest;
}

/** The site config and the code, which every page shows or runs. */
let sharedDigest: string | undefined;

/**
 * The key of an entry's page: a digest of the entry, what else the page shows,
 * their histories, the site config, the code and, where shown, the build date.
 */
export function pageCacheKey(portal: Portal, entry: KeyedEntry, inputs: PageInputs = {}): string {
  sharedDigest ??= sha(JSON.stringify([site, codeDigest()]));
  const shown = [entry, ...(inputs.shows ?? []).filter((e): e is KeyedEntry => e !== undefined)];
  // An MDX entry's text can chart any metric (<Metric>, <TrendChart>).
  if (shown.some((e) => e.filePath?.endsWith('.mdx'))) shown.push(...portal.metrics);
  const parts = new Set(shown.map((e) => `${e.collection}/${e.id} ${entryDigest(e)}`));
  return sha(JSON.stringify([KEY_VERSION, sharedDigest, inputs.today ? buildDate() : '', [...parts].sort()]));
}
