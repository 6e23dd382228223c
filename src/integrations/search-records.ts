/**
 * Prepares the search index at the end of `astro build`: works out the
 * records that pages alone cannot give (each action and HMICFRS
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
import { actionRecords, recommendationRecords, searchRecordsFile } from '../lib/search/records';
import type { BodyData } from '../collections/bodies/schema';
import type { HmicfrsData } from '../collections/hmicfrs/schema';
import type { MeetingData } from '../collections/meetings/schema';

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
        const records = [
          ...actionRecords(
            entries.meetings.map((m) => ({ id: m.id, data: m.data as unknown as MeetingData })),
            (m) => bodies.get(m.data.body)?.shortName ?? m.data.body,
            themeLabels,
            LANGUAGE,
          ),
          ...recommendationRecords(
            entries.hmicfrs.map((h) => ({ id: h.id, data: h.data as unknown as HmicfrsData })),
            themeLabels,
            LANGUAGE,
          ),
        ];
        writeFileSync(searchRecordsFile(fileURLToPath(dir)), JSON.stringify(records));
        logger.info(`Prepared ${records.length} action and recommendation records for the search index`);
      },
    },
  };
}
