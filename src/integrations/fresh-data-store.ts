/**
 * Removes Astro's stored entries before it reads them when the portal's code
 * has changed since they were made (see src/lib/content/data-store.ts), so
 * that every entry is parsed by the schemas that build the pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dropDataStoreOfOtherCode } from '../lib/content/data-store';

export default function freshDataStore(): AstroIntegration {
  return {
    name: 'portal:fresh-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Astro keeps the store in the cache folder for a build, in .astro/ otherwise.
        const folder = command === 'build' ? config.cacheDir : new URL('.astro/', config.root);
        if (dropDataStoreOfOtherCode(fileURLToPath(folder)))
          logger.info('The code has changed since the last build, so every entry is read again');
      },
    },
  };
}
