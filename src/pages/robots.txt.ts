import type { APIRoute } from 'astro';
import { basePath, site } from '../lib/content/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${basePath}admin/\n\nSitemap: ${site.url}/sitemap-index.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
