/**
 * Writes the Pagefind search index for a built site: a bundle of every page's
 * main content, and a bundle of the action and HMICFRS recommendation records
 * (see search-bundles.ts for why they are apart). Run by `npm run build` after
 * Astro has finished and exited, so that Astro's memory and Pagefind's are
 * never held at the same time.
 *
 * The records bundle can be kept between builds (scripts/lib/records-cache.ts)
 * and copied back when a rebuild has exactly the same records.
 * @see https://pagefind.app/docs/node-api/
 */
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES } from './bundles';
import type { CustomRecord } from './records';

export interface SearchIndexSummary {
  pages: number;
  records: number;
  /** True when the records bundle was copied from the cache, its records being unchanged. */
  recordsReused: boolean;
  ms: number;
}

/** A place the records bundle of an earlier build is kept. */
export interface KeptBundle {
  /** Copies the bundle built from these records into `folder`; false when none is kept. */
  restore: (records: readonly CustomRecord[], folder: string) => boolean;
  /** Keeps the bundle just built in `folder` from these records. */
  keep: (records: readonly CustomRecord[], folder: string) => void;
}

export interface SearchIndexOptions {
  /** Where the records bundle is kept between builds; none to build it every time. */
  kept?: KeptBundle | undefined;
  /**
   * Adds to each bundle's folder once it is written or restored (the facet
   * table): made afresh every time, so a kept bundle never brings back one
   * made by other code.
   */
  complete?: ((folder: string) => void) | undefined;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Builds one bundle into `${site}/${folder}` and frees its memory in Pagefind before the next. */
async function writeBundle(site: string, folder: string, fill: (index: PagefindIndex) => Promise<void>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await fill(index);
  const written = await index.writeFiles({ outputPath: `${site}/${folder}` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

export async function writeSearchIndex(
  site: string,
  records: readonly CustomRecord[],
  options: SearchIndexOptions = {},
): Promise<SearchIndexSummary> {
  const started = performance.now();
  const [pagesFolder, recordsFolder] = SEARCH_BUNDLES;
  let pages = 0;
  try {
    await writeBundle(site, pagesFolder, async (index) => {
      const added = await index.addDirectory({ path: site });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
      pages = added.page_count;
    });
    const recordsReused = options.kept?.restore(records, `${site}/${recordsFolder}`) ?? false;
    if (!recordsReused) {
      await writeBundle(site, recordsFolder, async (index) => {
        // Sent concurrently: one at a time, each would wait a round trip to Pagefind's indexer.
        const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        results.forEach((result, i) => {
          if (result.errors.length > 0)
            throw new Error(`Pagefind could not index ${records[i]?.url}: ${result.errors.join('; ')}`);
        });
      });
      options.kept?.keep(records, `${site}/${recordsFolder}`);
    }
    for (const folder of SEARCH_BUNDLES) options.complete?.(`${site}/${folder}`);
    return { pages, records: records.length, recordsReused, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
