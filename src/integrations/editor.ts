/**
 * Puts the browser editor's two files beside its page at /admin/: Decap CMS's
 * own prebuilt bundle, from its npm package, and config.yml, generated from
 * the schemas on every build (see src/lib/editor/config.ts), so the editor's
 * forms always match what the content check accepts. `astro dev` serves the
 * same two files, for trying the editor locally with `npx decap-server`.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadSiteConfig } from '../lib/content/site-config';
import { editorConfig } from '../lib/editor/config';
import { readAllSchemaDocs } from '../lib/schema-fields';

const DECAP_BUNDLE = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');

/** config.yml for this office: its repository from the site config, or the one GitHub Actions is building. */
export function editorConfigFile(): string {
  const site = loadSiteConfig();
  const config = editorConfig(
    {
      repository: site.editor.repository ?? process.env.GITHUB_REPOSITORY,
      branch: site.editor.branch,
      authUrl: site.editor.authUrl,
      siteUrl: site.url,
      themes: site.themes,
    },
    readAllSchemaDocs(),
  );
  return `# Generated from the schemas in src/collections on every build. Do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export default function editor(): AstroIntegration {
  return {
    name: 'portal:editor',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        writeFileSync(join(admin, 'config.yml'), editorConfigFile());
        copyFileSync(DECAP_BUNDLE, join(admin, 'decap-cms.js'));
        logger.info('Wrote the editor at admin/');
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (path.endsWith('/admin/config.yml')) {
            try {
              response.setHeader('content-type', 'text/yaml; charset=utf-8');
              response.end(editorConfigFile());
            } catch (error) {
              logger.error(`The editor's configuration could not be made: ${(error as Error).message}`);
              next(error);
            }
          } else if (path.endsWith('/admin/decap-cms.js')) {
            response.setHeader('content-type', 'text/javascript; charset=utf-8');
            response.end(readFileSync(DECAP_BUNDLE));
          } else next();
        });
      },
    },
  };
}
