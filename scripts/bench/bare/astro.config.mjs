// The bench's baseline: a bare Astro site over the same content, one plain
// page per entry, no schemas, components, search or charts. Our build time is
// reported as a ratio to this one.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
