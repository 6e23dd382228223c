/** HMICFRS inspection reports and the Commissioner's responses. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf } from '../definition';
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
  registers: [
    {
      href: '/hmicfrs/',
      label: 'Inspections',
      description: "HMICFRS inspection reports and the Commissioner's responses, with the 56-day deadline for each",
      order: 50,
    },
  ],
  compare: newestFirst<EntryOf<typeof hmicfrsSchema>>((h) => h.data.published ?? h.data.responseYear ?? ''),
} as const satisfies CollectionDefinition;
