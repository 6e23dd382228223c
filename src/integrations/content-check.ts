/**
 * Stops the build before anything is generated when any content file is
 * invalid, listing every problem at once instead of the first one Astro
 * meets. The problems are set out by the Astro logger; the build then stops
 * with Astro's own error type, which `astro dev` shows in its overlay.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { loadSiteConfig } from '../lib/content/site-config';
import { contentDir } from '../lib/content/paths';
import { checkContentOnce, type FileResult } from '../lib/checks';
import { fileResultCache } from '../lib/content/check-cache';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/checks/report';

/**
 * The error that stops a build for a content problem, in Astro's own form. It
 * has no stack trace: the problems are in the content, listed just above it,
 * and the people who read it edit content, not code.
 */
function contentError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'Content check';
  error.stack = '';
  return error;
}

const FIX_HINT = (where: string) =>
  `Fix each problem listed above in the ${where} and line named, then build again ("npm run check" lists them without building).`;

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        let site;
        try {
          site = loadSiteConfig();
        } catch (error) {
          logger.error(`The site config has problems.\n\n${(error as Error).message}\n`);
          if (command === 'build') {
            throw contentError('The site config has problems, so nothing was built.', FIX_HINT('content/site.yaml'));
          }
          return;
        }
        // A build reads again only the files changed since the last one; `--force` reads them all.
        const cache =
          command === 'build' && !process.argv.includes('--force')
            ? fileResultCache<FileResult>(fileURLToPath(new URL('content-check.json', config.cacheDir)))
            : undefined;
        const { entries, issues } = checkContentOnce(
          contentDir,
          site.themes.map((t) => t.id),
          { embedHosts: site.embedHosts, cache },
        );
        cache?.save();
        const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
        const errors = issues.filter((issue) => issue.severity === 'error');
        if (errors.length > 0) {
          // The errors as `npm run check` reports them: file:line  field  problem  ->  fix, grouped by file.
          logger.error(`The content has problems.\n\n${formatReport(errors, total)}\n`);
          if (command === 'build') {
            const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
            throw contentError(`The content has ${count}, so nothing was built.`, FIX_HINT('file'));
          }
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
