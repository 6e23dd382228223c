/**
 * Stops the build before anything is generated when any content file is
 * invalid, listing every problem at once instead of the first one Astro
 * meets, and without a stack trace: the people reading it edit content, not
 * code. In `astro dev` the problems are logged and Astro's own overlay shows
 * them on the page.
 */
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../lib/content/site-config';
import { contentDir } from '../lib/content/paths';
import { checkContentOnce } from '../lib/checks';
import { formatReport } from '../lib/checks/report';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        let site;
        try {
          site = loadSiteConfig();
        } catch (error) {
          logger.error(
            `The site config has problems. Fix each one, then build again.\n\n${(error as Error).message}\n`,
          );
          if (command === 'build') process.exit(1);
          return;
        }
        const { entries, issues, problems } = checkContentOnce(
          contentDir,
          site.themes.map((t) => t.id),
          { embedHosts: site.embedHosts },
        );
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        const errors = issues.filter((issue) => issue.severity === 'error');
        if (problems.length > 0) {
          // The errors as `npm run check` reports them: file:line  field  problem  ->  fix, grouped by file.
          logger.error(`The content has problems, so nothing was built.\n\n${formatReport(errors, total)}\n`);
          if (command === 'build') process.exit(1);
          return;
        }
        const warnings = issues.length - errors.length;
        logger.info(
          `${total} content entries passed the checks${warnings > 0 ? ` (${warnings} warnings: run "npm run check" to read them)` : ''}`,
        );
      },
    },
  };
}
