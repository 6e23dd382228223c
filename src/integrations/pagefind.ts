/**
 * Builds the Pagefind search index as the last step of `astro build`, so that
 * a build without a search index cannot succeed. Pages are indexed from their
 * main content, where each agenda item is a heading with an id and so a
 * sub-result of its meeting; actions and HMICFRS recommendations are added as
 * records of their own so they can be filtered by status and linked to directly.
 * Logs its page and record counts and time.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../config/paths';
import { loadSiteConfig } from '../config/site';
import { checkContentOnce } from '../lib/check-content';
import { actionRecords, recommendationRecords } from '../lib/search-records';
import type { BodyData } from '../schemas/bodies';
import type { HmicfrsData } from '../schemas/hmicfrs';
import type { MeetingData } from '../schemas/meetings';

/** Must match <html lang> (en-GB), or records would land in a separate index. */
const LANGUAGE = 'en-gb';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
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
            (m) => {
              const body = bodies.get(m.data.body)?.shortName ?? m.data.body;
              return { name: m.data.title ?? body, body };
            },
            themeLabels,
            LANGUAGE,
          ),
          ...recommendationRecords(
            entries.hmicfrs.map((h) => ({ id: h.id, data: h.data as unknown as HmicfrsData })),
            themeLabels,
            LANGUAGE,
          ),
        ];

        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        // Sent concurrently: one at a time, each would wait a round trip to Pagefind's indexer.
        const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        results.forEach((result, i) => {
          if (result.errors.length > 0)
            throw new Error(`Pagefind could not index ${records[i].url}: ${result.errors.join('; ')}`);
        });
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(
          `Indexed ${added.page_count} pages and ${records.length} actions and recommendations in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
