import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/collections';
import type { CollectionDefinition } from '../../../src/collections/definition';
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

  it('serves a route that differs from the folder name from the folder all the same', () => {
    expect(collectionRoutes([COLLECTIONS['grant-rounds']]).map((r) => [r.pattern, r.entrypoint])).toEqual([
      ['/grants', 'src/collections/grant-rounds/ListPage.astro'],
      ['/grants/[slug]', 'src/collections/grant-rounds/EntryPage.astro'],
    ]);
  });

  it('injects nothing for a kind the standard pages show', () => {
    const standard: CollectionDefinition = { ...COLLECTIONS.decisions, pages: undefined };
    expect(collectionRoutes([standard])).toEqual([]);
  });
});
