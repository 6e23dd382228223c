/**
 * Stops the build before anything is generated when any content file is
 * invalid, listing every problem at once instead of the first one Astro meets.
 */
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../config/site';
import { contentDir } from '../config/paths';
import { checkContent } from '../lib/check-content';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const site = loadSiteConfig();
        const { entries, problems } = checkContent(
          contentDir,
          site.themes.map((t) => t.id),
        );
        if (problems.length > 0) {
          const count = problems.join('\n').split('\n').length;
          throw new Error(
            `Content check failed with ${count} problem(s). Fix each one in the file named, then build again:\n\n${problems.join('\n')}\n`,
          );
        }
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        logger.info(`${total} content entries passed the checks`);
      },
    },
  };
}
