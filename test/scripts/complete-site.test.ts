/**
 * The build swaps in a site only when it holds its home page and every search
 * bundle's script and facet table: checked on the real built site, and on
 * copies of it with one part taken away.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingParts } from '../../scripts/lib/complete-site';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { FACETS_FILE } from '../../src/lib/search/facets';
import { DIST } from '../support/site';

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The built site's home page and search bundles, copied, without the given file. */
function builtSiteWithout(file?: string): string {
  copy = mkdtempSync(join(tmpdir(), 'portal-complete-'));
  cpSync(join(DIST, 'index.html'), join(copy, 'index.html'));
  for (const bundle of SEARCH_BUNDLES) cpSync(join(DIST, bundle), join(copy, bundle), { recursive: true });
  if (file) rmSync(join(copy, file));
  return copy;
}

describe('missingParts', () => {
  it('finds nothing missing in the built site', () => {
    expect(missingParts(DIST)).toEqual([]);
    expect(missingParts(builtSiteWithout())).toEqual([]);
  });

  it.each(['index.html', ...SEARCH_BUNDLES.flatMap((bundle) => [`${bundle}/pagefind.js`, `${bundle}/${FACETS_FILE}`])])(
    'names %s when the build did not write it',
    (file) => {
      expect(missingParts(builtSiteWithout(file))).toEqual([file]);
    },
  );

  it('names every part of a folder with nothing in it', () => {
    copy = mkdtempSync(join(tmpdir(), 'portal-complete-'));
    expect(missingParts(copy)).toHaveLength(1 + 2 * SEARCH_BUNDLES.length);
  });
});
