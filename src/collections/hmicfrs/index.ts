/** HMICFRS inspection reports and the Commissioner's responses. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf, summaryOrReason } from '../definition';
import { recommendationParts } from './search';
import { hmicfrsDatasets } from './data';
import { placeholder, slugOf, titleOf } from '../starter';
import { HMICFRS_PUBLIC_WHEN_WITHHELD, hmicfrsSchema, RECOMMENDATION_PUBLIC_WHEN_WITHHELD } from './schema';

export const hmicfrs = {
  folder: 'hmicfrs',
  extensions: PAGES,
  schema: hmicfrsSchema,
  copyFields: ['title', 'published'],
  withholding: [
    { what: 'an inspection report record', path: '', publicFields: HMICFRS_PUBLIC_WHEN_WITHHELD },
    { what: 'a recommendation', path: 'recommendations[].', publicFields: RECOMMENDATION_PUBLIC_WHEN_WITHHELD },
  ],
  route: '/hmicfrs/',
  entryLabel: 'HMICFRS response',
  pages: {
    list: 'src/collections/hmicfrs/ListPage.astro',
    entry: 'src/collections/hmicfrs/EntryPage.astro',
  },
  registers: [
    {
      href: '/hmicfrs/',
      label: 'Inspections',
      description: "HMICFRS inspection reports and the Commissioner's responses, with the 56-day deadline for each",
      order: 50,
    },
  ],
  feed: {
    id: 'hmicfrs',
    title: 'HMICFRS inspections and responses',
    item: (h: EntryOf<typeof hmicfrsSchema>) => ({
      title: h.data.title,
      description: summaryOrReason(h.data),
      // News when the response is published, else when the report was; a report known only by its response year, at its start.
      date:
        (!h.data.withheld && h.data.responsePublished) ||
        h.data.published ||
        `${(h.data.responseYear ?? '1970').slice(0, 4)}-04-01`,
    }),
  },
  datasets: hmicfrsDatasets,
  searchParts: recommendationParts,
  starter: {
    name: 'hmicfrs',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        inspectionType: 'thematic',
        published: options.date,
        summary: placeholder("one sentence on the report and the Commissioner's response."),
      },
      body: placeholder("a summary of the report and the Commissioner's response."),
    }),
  },
  compare: newestFirst<EntryOf<typeof hmicfrsSchema>>((h) => h.data.published ?? h.data.responseYear ?? ''),
} as const satisfies CollectionDefinition;
