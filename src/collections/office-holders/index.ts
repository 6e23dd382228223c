/** The Commissioner and the Deputy, with their pay and registers of interests and of gifts and hospitality. */
import { type CollectionDefinition, type EntryOf, PAGES } from '../definition';
import { giftsTable } from '../gifts-table';
import { formatDate, formatPounds } from '../../lib/rules/format';
import { placeholder, slugOf } from '../starter';
import { OFFICE, officeHolderSchema } from './schema';

type Holder = EntryOf<typeof officeHolderSchema>;

const NOT_HERE = 'Not published here yet';

/**
 * Who holds or held the office, and when, in a sentence.
 *
 * @example tenure({ name: 'Rupert Matthews', office: 'commissioner', from: '2021-05-13' })
 * // => "Rupert Matthews has been the Police and Crime Commissioner since 13 May 2021."
 */
export function tenure(h: Pick<Holder['data'], 'name' | 'office' | 'from' | 'to'>): string {
  const office = OFFICE.labels[h.office];
  if (h.to) return `${h.name} was the ${office}${h.from ? ` from ${formatDate(h.from)}` : ''} to ${formatDate(h.to)}.`;
  return h.from ? `${h.name} has been the ${office} since ${formatDate(h.from)}.` : `${h.name} is the ${office}.`;
}

export const officeHolders = {
  folder: 'office-holders',
  extensions: PAGES,
  schema: officeHolderSchema,
  copyFields: ['name', 'office'],
  route: '/office-holders/',
  entryLabel: 'Office holder',
  registers: [
    {
      href: '/office-holders/',
      label: 'The Commissioner and Deputy',
      description: 'who holds the office, their pay, and their registers of interests and of gifts and hospitality',
      order: 5,
      inHeader: false,
    },
  ],
  // The Commissioner first, then the Deputy; current holders before former ones.
  compare: (a: Holder, b: Holder) =>
    OFFICE.values.indexOf(a.data.office) - OFFICE.values.indexOf(b.data.office) ||
    Number(a.data.to !== undefined) - Number(b.data.to !== undefined) ||
    (b.data.from ?? '').localeCompare(a.data.from ?? '') ||
    a.id.localeCompare(b.id),
  starter: {
    name: 'office-holder',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        name: options.title ?? placeholder('their name'),
        office: 'commissioner',
        from: options.date,
        sources: [{ title: placeholder('the paper the record comes from') }],
      },
      body: placeholder('what the office holder is responsible for.'),
    }),
  },
  display: {
    intro:
      'The Police and Crime Commissioner, elected to hold the Chief Constable to account, and the Deputy the Commissioner appoints: since when they have held office, their salary and allowances, and their registers of interests and of gifts and hospitality.',
    empty:
      'Each office holder will have a page here with their salary and allowances, their register of interests and their register of gifts and hospitality.',
    title: (h: Holder) => `${h.data.name}, ${OFFICE.labels[h.data.office]}`,
    date: (h: Holder) => h.data.from,
    summary: (h: Holder) => tenure(h.data),
    facts: (h: Holder) => [
      ['Office', OFFICE.labels[h.data.office]],
      ['Salary', h.data.salary === undefined ? NOT_HERE : formatPounds(h.data.salary), h.data.salary],
      ['Allowances', h.data.allowances ?? NOT_HERE],
      [
        'Interests declared',
        h.data.interests === undefined ? NOT_HERE : String(h.data.interests.length),
        h.data.interests?.length,
      ],
      [
        'Gifts and hospitality recorded',
        h.data.gifts === undefined ? NOT_HERE : String(h.data.gifts.length),
        h.data.gifts?.length,
      ],
    ],
    tables: (h: Holder) => [
      ...(h.data.interests && h.data.interests.length > 0
        ? [
            {
              caption: 'Register of interests',
              columns: [{ label: 'Interest' }, { label: 'Declared' }],
              rows: h.data.interests.map((i) => [i.interest, i.declared ? formatDate(i.declared) : '']),
            },
          ]
        : []),
      ...(h.data.gifts && h.data.gifts.length > 0 ? [giftsTable(h.data.gifts)] : []),
    ],
  },
} as const satisfies CollectionDefinition;
