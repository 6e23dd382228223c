// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import contentCheck from './src/integrations/content-check.ts';
import searchRecords from './src/integrations/search-records.ts';

// The site URL comes from the office's site config so that canonical links and
// the sitemap follow the office, not the code. The full config is validated by
// the content-check integration, which reports a broken file as a message;
// here we only need its address, and leave the reporting to it.
const contentDir = resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
/** @type {{ url?: unknown }} */
let siteConfig = {};
try {
  siteConfig = parse(readFileSync(process.env.PORTAL_SITE_CONFIG ?? `${contentDir}/site.yaml`, 'utf8')) ?? {};
} catch {
  // Reported by the content check.
}

export default defineConfig({
  site: typeof siteConfig.url === 'string' && URL.canParse(siteConfig.url) ? siteConfig.url : undefined,
  // Tests build fixture sites side by side; each needs its own output and cache.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchRecords()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
