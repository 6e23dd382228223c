/** Decisions of significant public interest. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf } from '../definition';
import { DECISION_PUBLIC_WHEN_WITHHELD, decisionSchema } from './schema';

export const decisions = {
  folder: 'decisions',
  extensions: PAGES,
  schema: decisionSchema,
  copyFields: ['title', 'date'],
  withholding: [{ what: 'a decision', path: '', publicFields: DECISION_PUBLIC_WHEN_WITHHELD }],
  route: '/decisions/',
  entryLabel: 'Decision',
  registers: [
    {
      href: '/decisions/',
      label: 'Decisions',
      description: 'decisions of significant public interest, with any money involved',
      order: 20,
    },
  ],
  compare: newestFirst<EntryOf<typeof decisionSchema>>((d) => d.data.date),
} as const satisfies CollectionDefinition;
