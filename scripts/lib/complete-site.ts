/**
 * What a built site must hold before it may replace the live one: its home
 * page, and every search bundle's script and facet table. A site without them
 * would publish a search page that cannot search, or one whose filters and
 * counts are missing, so the build refuses it instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { FACETS_FILE } from '../../src/lib/search/facets';

/** The files the site lacks, relative to it; none when it is complete. */
export function missingParts(site: string): string[] {
  const required = [
    'index.html',
    ...SEARCH_BUNDLES.flatMap((bundle) => [`${bundle}/pagefind.js`, `${bundle}/${FACETS_FILE}`]),
  ];
  return required.filter((file) => !existsSync(join(site, file)));
}
