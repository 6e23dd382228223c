/**
 * Runs on every page as Astro renders it (at build time for this static
 * site): spaces the HTML so that the search index keeps words apart (see
 * src/lib/search/spacing.ts), and, for a site published under a path, puts
 * every root-relative link under it (see src/domain/base-path.ts), so that
 * pages, components and authors' Markdown can all write "/meetings/".
 * @see https://docs.astro.build/en/guides/middleware/
 */
import { defineMiddleware } from 'astro:middleware';
import { withBasePath } from './domain/base-path';
import { basePath } from './lib/content/site';
import { spaceForSearch } from './lib/search/spacing';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withBasePath(spaceForSearch(await response.text()), basePath), response);
});
