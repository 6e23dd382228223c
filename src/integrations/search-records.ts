/**
 * Prepares the search index at the end of `astro build`: works out the
 * records that pages alone cannot give (the parts of entries each kind's
 * registry entry gives search, such as each action and HMICFRS
 * recommendation, so they can be filtered by status and linked to directly)
 * and writes them beside the output folder. `npm run build` then builds the
 * Pagefind index from the pages and these records once Astro has exited, and
 * refuses a build without one. Pages are indexed from their main content;
 * each agenda item is a heading with an id, and so a sub-result of its meeting.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content/paths';
import { loadSiteConfig } from '../lib/content/site-config';
import { checkContentOnce } from '../lib/checks';
import { partRecords, searchRecordsFile } from '../lib/search/records';
import { COLLECTIONS, type CollectionName } from '../collections';
import type { BodyData } from '../collections/bodies/schema';
import type { CollectionDefinition, Entry } from '../collections/definition';

/** Must match <html lang> (en-GB), or records would land in a separate index. */
const LANGUAGE = 'en-gb';

export default function searchRecords(): AstroIntegration {
  return {
    name: 'portal:search-records',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const config = loadSiteConfig();
        const { entries } = checkContentOnce(
          contentDir,
          config.themes.map((t) => t.id),
          { embedHosts: config.embedHosts },
        );
        const themeLabels = new Map(config.themes.map((t) => [t.id, t.label]));
        const bodies = new Map(entries.bodies.map((b) => [b.id, b.data as unknown as BodyData]));
        const context = { bodyName: (id: string) => bodies.get(id)?.shortName ?? id };
        // Each kind's parts that search finds as results of their own (actions, recommendations).
        const records = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) => {
          const kind: CollectionDefinition = COLLECTIONS[name];
          return kind.searchParts
            ? partRecords(kind.searchParts(entries[name] as Entry[], context), kind.route, themeLabels, LANGUAGE)
            : [];
        });
        writeFileSync(searchRecordsFile(fileURLToPath(dir)), JSON.stringify(records));
        logger.info(
          `Prepared ${records.length} search records for parts of entries (actions, recommendations, payments by supplier)`,
        );
      },
    },
  };
}
