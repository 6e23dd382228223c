// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/content/site-config.ts';
import { basePathOf } from './src/domain/base-path.ts';
import collectionPages from './src/integrations/collection-pages.ts';
import contentCheck from './src/integrations/content-check.ts';
import editor from './src/integrations/editor.ts';
import freshDataStore from './src/integrations/fresh-data-store.ts';
import searchRecords from './src/integrations/search-records.ts';

// The site URL comes from the office's site config so that canonical links and
// the sitemap follow the office, not the code. This is the build's one load of
// it, which the integrations and pages then share; a broken file is reported
// as a message by the content-check integration, so here it is only skipped.
/** @type {{ url?: string, embedHosts?: readonly string[] }} */
let siteConfig = {};
try {
  siteConfig = loadSiteConfig();
} catch {
  // Reported by the content check.
}

// Each host goes into the Content Security Policy as written, so only plain host names are let through.
const embedHosts = (siteConfig.embedHosts ?? []).filter((host) => /^[a-z0-9.-]+$/i.test(host));

export default defineConfig({
  site: siteConfig.url,
  // A site published under a path (a GitHub project page) is built for it: see src/domain/base-path.ts.
  base: siteConfig.url ? basePathOf(siteConfig.url) : '/',
  // Tests build fixture sites side by side; each needs its own output and cache.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [
    freshDataStore(),
    contentCheck(),
    collectionPages(),
    mdx(),
    // The editor at /admin/ is for staff, not readers.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !/\/admin\/$/.test(page) }),
    searchRecords(),
    editor(),
  ],
  build: { format: 'directory' },
  // Content is prose: a code block is shown as plain preformatted text. Shiki's colours would be
  // inline styles, which the Content Security Policy below is not built around.
  markdown: { syntaxHighlight: false },
  // A Content Security Policy on every page, as a second line of defence behind the content check:
  // only the site's own scripts and styles (hashed by Astro) run, so even text that somehow became
  // markup could not run code. Pagefind's search runs as WebAssembly ('wasm-unsafe-eval'); embeds
  // come only from the hosts the site config allows. Styles stay allowed inline (they cannot run
  // code, and content cannot write a style): hashing every inline style would add a kilobyte to
  // every page.
  // @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `frame-src ${embedHosts.map((host) => `https://${host}`).join(' ') || "'none'"}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  // A rebuild copies the pages whose inputs and code did not change from the previous build instead of
  // rendering them again. Only entry pages carry the key that allows it (src/lib/content/page-cache.ts),
  // and it covers everything such a page shows; every other page is rendered each time.
  experimental: { incrementalBuild: true },
});
