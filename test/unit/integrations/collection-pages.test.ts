import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/collections';
import { collectionRoutes } from '../../../src/integrations/collection-pages';

describe('collectionRoutes', () => {
  it('serves a kind’s list at its route and each entry under it, from its own folder', () => {
    expect(collectionRoutes([COLLECTIONS['annual-reports']])).toEqual([
      { pattern: '/annual-reports', entrypoint: 'src/collections/annual-reports/ListPage.astro', prerender: true },
      {
        pattern: '/annual-reports/[slug]',
        entrypoint: 'src/collections/annual-reports/EntryPage.astro',
        prerender: true,
      },
    ]);
  });

  it('injects nothing for a kind whose pages are in src/pages', () => {
    expect(collectionRoutes([COLLECTIONS.decisions])).toEqual([]);
  });
});
