/**
 * Serves the pages a kind of record keeps in its own folder (its registry
 * entry's `pages`): the list at its route, and each entry at `<route><id>/`.
 * So a new kind's pages sit beside its schema, not in src/pages.
 * @see https://docs.astro.build/en/reference/integrations-reference/#injectroute-option
 */
import type { AstroIntegration } from 'astro';
import { COLLECTIONS, type CollectionDefinition } from '../collections';

/** The routes to inject for the kinds that keep their pages in their folder. */
export function collectionRoutes(
  kinds: readonly CollectionDefinition[],
): { pattern: string; entrypoint: string; prerender: true }[] {
  return kinds.flatMap(({ route, pages }) =>
    pages
      ? [
          { pattern: route.replace(/\/$/, ''), entrypoint: pages.list, prerender: true as const },
          { pattern: `${route}[slug]`, entrypoint: pages.entry, prerender: true as const },
        ]
      : [],
  );
}

export default function collectionPages(): AstroIntegration {
  return {
    name: 'portal:collection-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of collectionRoutes(Object.values(COLLECTIONS))) injectRoute(route);
      },
    },
  };
}
