/**
 * Writes the Pagefind search index for a built site: every page's main
 * content, plus the action and HMICFRS recommendation records. Run by
 * `npm run build` after Astro has finished and exited, so that Astro's memory
 * and Pagefind's are never held at the same time.
 * @see https://pagefind.app/docs/node-api/
 */
import * as pagefind from 'pagefind';
import type { CustomRecord } from './search-records';

export interface SearchIndexSummary {
  pages: number;
  records: number;
  ms: number;
}

export async function writeSearchIndex(site: string, records: readonly CustomRecord[]): Promise<SearchIndexSummary> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    // Sent concurrently: one at a time, each would wait a round trip to Pagefind's indexer.
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    results.forEach((result, i) => {
      if (result.errors.length > 0)
        throw new Error(`Pagefind could not index ${records[i]?.url}: ${result.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, records: records.length, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
