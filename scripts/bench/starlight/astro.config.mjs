// A peer for the bench: Starlight, the documentation framework built on Astro, over the same synthetic
// entries as ours (scripts/bench/starlight-content.ts writes them into src/content/docs/ before each build).
// Set up as a user with thousands of pages would: the sidebar links each register's list page rather than
// listing every page, and Starlight's own Pagefind search indexes every page.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

const REGISTERS = ['meetings', 'decisions', 'grants', 'hmicfrs', 'performance', 'annual-reports', 'bodies'];

export default defineConfig({
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Transparency portal',
      sidebar: REGISTERS.map((register) => ({ label: register, link: `/${register}/` })),
    }),
  ],
  // Starlight imports js-yaml 4's default export, and its pages, built into the project's .astro/, would find
  // the project's js-yaml 5 (which has none): point them at Starlight's own copy.
  vite: {
    resolve: {
      alias: {
        'js-yaml': fileURLToPath(
          new URL('../../../node_modules/@astrojs/starlight/node_modules/js-yaml/dist/js-yaml.mjs', import.meta.url),
        ),
      },
    },
  },
});
