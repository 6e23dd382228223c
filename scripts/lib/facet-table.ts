/**
 * Writes a search bundle's facet table (src/lib/search/facets.ts) from the
 * fragments Pagefind has just written: each fragment is one result, named by
 * the id Pagefind's search gives it, and holds its filters. About 1 s for the
 * 15,000 fragments of a 5,000-entry site.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FACETS_FILE, facetTable, type FilterValues } from '../../src/lib/search/facets';

/** Pagefind marks its decompressed files with this, so that it can tell them from compressed ones. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const FRAGMENT = '.pf_fragment';

/** A fragment's filters, from the gzipped file Pagefind wrote. */
function fragmentFilters(file: string): FilterValues {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const json = text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text;
  return (JSON.parse(json) as { filters?: FilterValues }).filters ?? {};
}

export function writeFacetTable(bundleFolder: string): void {
  const fragments = join(bundleFolder, 'fragment');
  // Pagefind writes no fragment folder for a bundle with nothing in it.
  const names = existsSync(fragments) ? readdirSync(fragments) : [];
  const results = names
    .filter((name) => name.endsWith(FRAGMENT))
    .map((name) => ({ id: name.slice(0, -FRAGMENT.length), filters: fragmentFilters(join(fragments, name)) }));
  writeFileSync(join(bundleFolder, FACETS_FILE), JSON.stringify(facetTable(results)));
}
