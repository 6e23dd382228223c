/**
 * Stops the build before anything is generated when any content file is
 * invalid, listing every problem at once instead of the first one Astro
 * meets, and without a stack trace: the people reading it edit content, not
 * code. In `astro dev` the problems are logged and Astro's own overlay shows
 * them on the page.
 */
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../config/site';
import { contentDir } from '../config/paths';
import { checkContentOnce } from '../lib/check-content';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const site = loadSiteConfig();
        const { entries, problems } = checkContentOnce(
          contentDir,
          site.themes.map((t) => t.id),
          { embedHosts: site.embedHosts },
        );
        if (problems.length > 0) {
          const lines = problems.join('\n').split('\n');
          logger.error(
            `The content has ${lines.length} problem(s). Fix each one in the file named, then build again.\n\n${lines.join('\n')}\n`,
          );
          if (command === 'build') process.exit(1);
          return;
        }
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        logger.info(`${total} content entries passed the checks`);
      },
    },
  };
}
