/**
 * Runs on every page as Astro renders it (at build time for this static
 * site): spaces the HTML so that the search index keeps words apart. See
 * src/lib/search/spacing.ts.
 * @see https://docs.astro.build/en/guides/middleware/
 */
import { defineMiddleware } from 'astro:middleware';
import { spaceForSearch } from './lib/search/spacing';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(spaceForSearch(await response.text()), response);
});
