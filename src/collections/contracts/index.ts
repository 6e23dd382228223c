/** Contracts over £10,000 and invitations to tender: who was paid, how much, for what, and what is out to tender. */
import { type CollectionDefinition, type EntryOf, newestFirst, PAGES } from '../definition';
import { formatApproximatePounds, formatDate } from '../../lib/rules/format';
import { placeholder, slugOf, titleOf } from '../starter';
import { CONTRACT_PUBLIC_WHEN_WITHHELD, CONTRACT_TYPE, contractSchema } from './schema';

type Contract = EntryOf<typeof contractSchema>;
const published = (c: Contract) => (c.data.withheld ? undefined : c.data);

export const contracts = {
  folder: 'contracts',
  extensions: PAGES,
  schema: contractSchema,
  copyFields: ['title', 'type', 'reported'],
  withholding: [{ what: 'a contract or invitation to tender', path: '', publicFields: CONTRACT_PUBLIC_WHEN_WITHHELD }],
  route: '/contracts/',
  entryLabel: 'Contract or tender',
  registers: [
    {
      href: '/contracts/',
      label: 'Contracts and tenders',
      description: 'contracts over £10,000, with their suppliers and values, and invitations to tender',
      order: 65,
      inHeader: false,
    },
  ],
  compare: newestFirst<Contract>((c) => c.data.reported),
  starter: {
    name: 'contract',
    start: (options) => ({
      file: `${options.date.slice(0, 4)}-${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        type: 'contract',
        reported: options.date,
        summary: placeholder('what the contract is for, in one sentence.'),
        supplier: placeholder('the supplier'),
        awarded: options.date,
        sources: [{ title: placeholder('the paper or notice the record comes from') }],
      },
      body: placeholder('how the contract was let.'),
    }),
  },
  display: {
    intro:
      'Every contract the office has let worth more than £10,000, with its supplier and value, and each invitation to tender for one.',
    title: (c: Contract) => c.data.title,
    date: (c: Contract) => c.data.reported,
    summary: (c: Contract) => published(c)?.summary,
    facts: (c: Contract) => {
      const d = published(c);
      return [
        ['Type', CONTRACT_TYPE.labels[c.data.type]],
        ['Supplier', d?.supplier],
        ['Value', d?.value === undefined ? undefined : formatApproximatePounds(d.value)],
        ['Awarded', d?.awarded ? formatDate(d.awarded) : undefined],
        ['Bids close', d?.closes ? formatDate(d.closes) : undefined],
      ];
    },
  },
} as const satisfies CollectionDefinition;
