/** The office's policies and procedures (Specified Information Order, paragraph 6). */
import { type CollectionDefinition, type EntryOf, newestFirst, PAGES } from '../definition';
import { formatDate } from '../../lib/rules/format';
import { placeholder, slugOf, titleOf } from '../starter';
import { policySchema } from './schema';

type Policy = EntryOf<typeof policySchema>;

export const policies = {
  folder: 'policies',
  extensions: PAGES,
  schema: policySchema,
  copyFields: ['title', 'adopted'],
  route: '/policies/',
  entryLabel: 'Policy',
  registers: [
    {
      href: '/policies/',
      label: 'Policies',
      description: "the office's policies and procedures, and when each is due for review",
      order: 75,
      inHeader: false,
    },
  ],
  compare: newestFirst<Policy>((p) => p.data.adopted),
  starter: {
    name: 'policy',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        summary: placeholder('what the policy is for, in a sentence or two.'),
        adopted: options.date,
        sources: [{ title: placeholder('the document the record comes from') }],
      },
      body: placeholder('what the policy says, in plain words.'),
    }),
  },
  display: {
    intro: "The office's policies and procedures: what each is for, when it was adopted and when it is due for review.",
    empty:
      'Each policy and procedure the office adopts will be listed here with what it is for, when it was adopted, when it is due for review and a link to the full document.',
    title: (p: Policy) => p.data.title,
    date: (p: Policy) => p.data.adopted,
    summary: (p: Policy) => p.data.summary,
    facts: (p: Policy) => [
      ['Adopted', formatDate(p.data.adopted)],
      ['Review due', p.data.reviewDue ? formatDate(p.data.reviewDue) : undefined],
      ['Full document', p.data.document],
    ],
  },
} as const satisfies CollectionDefinition;
