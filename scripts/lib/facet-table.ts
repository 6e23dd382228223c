/**
 * Writes a search bundle's facet table (src/lib/search/facets.ts) from the
 * fragments Pagefind has just written: each fragment is one result, named by
 * the id Pagefind's search gives it, and holds its filters and its text. About
 * 1 s for the 15,000 fragments of a 5,000-entry site.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FACETS_FILE, facetTable, type FilterValues } from '../../src/lib/search/facets';
import { commonestWord } from '../../src/lib/search/warm-up';

/** Pagefind marks its decompressed files with this, so that it can tell them from compressed ones. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const FRAGMENT = '.pf_fragment';
/**
 * Results whose text picks the warm-up word. Fragments are named by a hash of
 * their content, so the first few hundred by name are a fair sample, and
 * counting words in all 15,000 would cost the build seconds for the same word.
 */
const WARM_UP_SAMPLE = 300;

/** A fragment's filters and text, from the gzipped file Pagefind wrote. */
function readFragment(file: string): { filters: FilterValues; content: string } {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const json = text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text;
  const fragment = JSON.parse(json) as { filters?: FilterValues; content?: string };
  return { filters: fragment.filters ?? {}, content: fragment.content ?? '' };
}

export function writeFacetTable(bundleFolder: string): void {
  const fragments = join(bundleFolder, 'fragment');
  // Pagefind writes no fragment folder for a bundle with nothing in it.
  const names = existsSync(fragments) ? readdirSync(fragments).sort() : [];
  const results = names
    .filter((name) => name.endsWith(FRAGMENT))
    .map((name) => ({ id: name.slice(0, -FRAGMENT.length), ...readFragment(join(fragments, name)) }));
  const warmUpWord = commonestWord(results.slice(0, WARM_UP_SAMPLE).map((result) => result.content));
  writeFileSync(join(bundleFolder, FACETS_FILE), JSON.stringify({ ...facetTable(results), warmUpWord }));
}
