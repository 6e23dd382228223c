/** Decisions of significant public interest. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf, summaryOrReason } from '../definition';
import { decisionDatasets } from './data';
import { placeholder, slugOf, titleOf } from '../starter';
import { DECISION_PUBLIC_WHEN_WITHHELD, decisionSchema } from './schema';

export const decisions = {
  folder: 'decisions',
  extensions: PAGES,
  schema: decisionSchema,
  copyFields: ['title', 'date'],
  withholding: [{ what: 'a decision', path: '', publicFields: DECISION_PUBLIC_WHEN_WITHHELD }],
  route: '/decisions/',
  entryLabel: 'Decision',
  pages: {
    list: 'src/collections/decisions/ListPage.astro',
    entry: 'src/collections/decisions/EntryPage.astro',
  },
  registers: [
    {
      href: '/decisions/',
      label: 'Decisions',
      description: 'decisions of significant public interest, with any money involved',
      order: 20,
    },
  ],
  feed: {
    id: 'decisions',
    title: 'Decisions',
    item: (d: EntryOf<typeof decisionSchema>) => ({
      title: d.data.title,
      description: summaryOrReason(d.data),
      date: d.data.date,
    }),
  },
  datasets: decisionDatasets,
  starter: {
    name: 'decision',
    start: (options) => ({
      file: `${options.date}-${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        date: options.date,
        maker: 'pcc',
        outcome: 'approved',
        summary: placeholder('the decision in one or two plain-English sentences.'),
      },
      body: placeholder('the background and the reasons for the decision.'),
    }),
  },
  compare: newestFirst<EntryOf<typeof decisionSchema>>((d) => d.data.date),
} as const satisfies CollectionDefinition;
