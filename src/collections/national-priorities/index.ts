/** The statement on the national priorities for policing (Specified Information Order, paragraph 7A). */
import { type CollectionDefinition, type EntryOf, newestFirst, PAGES } from '../definition';
import { placeholder, slugOf, titleOf } from '../starter';
import { nationalPrioritiesSchema } from './schema';

type Statement = EntryOf<typeof nationalPrioritiesSchema>;

export const nationalPriorities = {
  folder: 'national-priorities',
  extensions: PAGES,
  schema: nationalPrioritiesSchema,
  copyFields: ['title', 'published'],
  route: '/national-priorities/',
  entryLabel: 'National priorities statement',
  registers: [
    {
      href: '/national-priorities/',
      label: 'National priorities',
      description: 'how the Commissioner takes the national priorities for policing into account',
      order: 77,
      inHeader: false,
    },
  ],
  compare: newestFirst<Statement>((s) => s.data.published),
  starter: {
    name: 'national-priorities',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        published: options.date,
        summary: placeholder('what the statement says, in a sentence or two.'),
        sources: [{ title: placeholder('the statement the record comes from') }],
      },
      body: placeholder('how each national priority is taken into account.'),
    }),
  },
  display: {
    intro:
      "The Commissioner's statement on how the national priorities for policing, set by the Home Secretary, are taken into account locally.",
    empty:
      "The Commissioner's latest statement on the national priorities for policing will appear here, with each earlier one, as it is published.",
    title: (s: Statement) => s.data.title,
    date: (s: Statement) => s.data.published,
    summary: (s: Statement) => s.data.summary,
  },
} as const satisfies CollectionDefinition;
